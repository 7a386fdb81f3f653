import { useId, useState, type ChangeEvent, type DragEvent, type ReactNode } from 'react';
import { t } from '../../lib/i18n';
import { PASTED } from './source-name';
import { errorText } from './types';

/** A problem with a whole file ('' path) or one of its fields. */
export interface FileProblem {
  path: string;
  message: string;
}

/** The words of one import box, from the catalogue. */
export interface FileImportText {
  heading: string;
  hint: string;
  file: string;
  paste: string;
  pasteButton: string;
  /** Shown when the paste button is pressed with nothing pasted. */
  pasteFirst: string;
  /** Shown for a file larger than `maxBytes`. */
  tooLarge: string;
}

export interface FileImportProps {
  text: FileImportText;
  maxBytes: number;
  testId: string;
  /** Reads a file's text or the pasted text; true when it was taken (the paste box is then emptied). */
  onText(text: string, source: string): Promise<boolean>;
  /** A file or a paste that could not be read at all (too large, unreadable, nothing pasted). */
  onProblem(source: string, problems: FileProblem[]): void;
  /** What the import says back (problems, a confirmation), below the paste button. */
  children?: ReactNode;
}

/**
 * A file taken in three ways: a file input, a file dropped on this box, or pasted text. The
 * caller reads the text (a policy, a safety plan) and says what came of it.
 */
export function FileImport({ text, maxBytes, testId, onText, onProblem, children }: FileImportProps) {
  const fileId = useId();
  const pasteId = useId();
  const headingId = useId();
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);

  const importFile = async (file: File) => {
    if (file.size > maxBytes) {
      onProblem(file.name, [{ path: '', message: text.tooLarge }]);
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch (error) {
      onProblem(file.name, [{ path: '', message: t('options_file_unreadable', errorText(error)) }]);
      return;
    }
    await onText(content, file.name);
  };

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file) void importFile(file).finally(() => (input.value = ''));
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void importFile(file);
  };

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const importPasted = async () => {
    if (pasted.trim() === '') {
      onProblem(PASTED, [{ path: '', message: text.pasteFirst }]);
      return;
    }
    if (await onText(pasted, PASTED)) setPasted('');
  };

  return (
    <section
      className={`policy-import${dragging ? ' dragging' : ''}`}
      aria-labelledby={headingId}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid={testId}
    >
      <h3 id={headingId}>{text.heading}</h3>
      <p className="hint">{text.hint}</p>
      <div className="field">
        <label htmlFor={fileId}>{text.file}</label>
        <input id={fileId} type="file" accept=".json,application/json,text/plain" onChange={onFileChosen} />
      </div>
      <div className="field">
        <label htmlFor={pasteId}>{text.paste}</label>
        <textarea
          id={pasteId}
          rows={3}
          value={pasted}
          onChange={(e) => setPasted(e.currentTarget.value)}
          spellCheck={false}
        />
      </div>
      <div className="actions">
        <button type="button" onClick={() => void importPasted()}>
          {text.pasteButton}
        </button>
      </div>
      {children}
    </section>
  );
}
