/**
 * Word lists shared by the rules. Families, not single examples: a list entry should be a word
 * people use for the thing, in any of its common spellings.
 */

/** Psychiatric and common over-the-counter medicines, generic and brand names (lower case). */
export const MEDICATIONS = [
  // SSRIs / SNRIs / other antidepressants
  'sertraline', 'zoloft', 'fluoxetine', 'prozac', 'escitalopram', 'lexapro', 'cipralex', 'citalopram', 'celexa',
  'paroxetine', 'paxil', 'seroxat', 'fluvoxamine', 'luvox', 'venlafaxine', 'effexor', 'desvenlafaxine', 'pristiq',
  'duloxetine', 'cymbalta', 'bupropion', 'wellbutrin', 'mirtazapine', 'remeron', 'trazodone', 'vortioxetine',
  'trintellix', 'amitriptyline', 'nortriptyline', 'clomipramine', 'anafranil', 'imipramine', 'phenelzine', 'nardil',
  'spravato', 'esketamine', 'ketamine',
  // mood stabilisers / antipsychotics
  'lithium', 'lamotrigine', 'lamictal', 'valproate', 'depakote', 'divalproex', 'carbamazepine', 'tegretol',
  'quetiapine', 'seroquel', 'aripiprazole', 'abilify', 'olanzapine', 'zyprexa', 'risperidone', 'risperdal',
  'lurasidone', 'latuda', 'clozapine', 'clozaril', 'haloperidol', 'haldol', 'ziprasidone', 'geodon', 'cariprazine',
  'vraylar', 'paliperidone', 'invega',
  // anxiolytics / sleep
  'clonazepam', 'klonopin', 'lorazepam', 'ativan', 'alprazolam', 'xanax', 'diazepam', 'valium', 'temazepam',
  'buspirone', 'buspar', 'hydroxyzine', 'vistaril', 'atarax', 'propranolol', 'zolpidem', 'ambien', 'zopiclone',
  'eszopiclone', 'lunesta', 'melatonin', 'prazosin', 'gabapentin', 'neurontin', 'pregabalin', 'lyrica',
  // ADHD
  'adderall', 'ritalin', 'methylphenidate', 'concerta', 'vyvanse', 'lisdexamfetamine', 'dexedrine', 'strattera',
  'atomoxetine', 'guanfacine', 'intuniv', 'focalin', 'elvanse',
  // substance use
  'naltrexone', 'vivitrol', 'suboxone', 'buprenorphine', 'methadone', 'antabuse', 'disulfiram', 'acamprosate',
  'topiramate', 'topamax',
  // analgesics and others often named in overdoses
  'tylenol', 'acetaminophen', 'paracetamol', 'panadol', 'ibuprofen', 'advil', 'motrin', 'nurofen', 'aspirin',
  'excedrin', 'naproxen', 'aleve', 'codeine', 'tramadol', 'oxycodone', 'oxycontin', 'percocet', 'vicodin',
  'hydrocodone', 'morphine', 'fentanyl', 'benadryl', 'diphenhydramine', 'nyquil', 'insulin', 'opioids', 'opiates',
];

/** Words for tablets in general. */
const PILL_WORDS = [
  'pills', 'pill', 'tablets', 'tablet', 'meds', 'medication', 'medications', 'medicine', 'medicines', 'capsules',
  'painkillers', 'sleeping pills', 'sleeping tablets', 'antidepressants', 'benzos', 'opioids', 'prescription',
];

/** compromise alternation of pill words and medicine names, e.g. for `{take} all my ${PILL}`. */
export const PILL = `(${[...PILL_WORDS, ...MEDICATIONS].join('|')})`;
export const MED = `(${MEDICATIONS.join('|')})`;

/** People other than the writer (for third-party detection). */
export const OTHER_PEOPLE = new Set([
  'friend', 'friends', 'bestie', 'bff', 'bf', 'gf', 'boyfriend', 'girlfriend', 'partner', 'husband', 'wife', 'spouse',
  'fiance', 'fiancé', 'fiancee', 'ex', 'sister', 'brother', 'sibling', 'siblings', 'mom', 'mum', 'mother', 'mama',
  'dad', 'father', 'papa', 'parent', 'parents', 'son', 'daughter', 'child', 'children', 'kid', 'kids', 'baby',
  'cousin', 'aunt', 'uncle', 'grandma', 'grandmother', 'grandpa', 'grandfather', 'gran', 'granny', 'nan', 'niece',
  'nephew', 'stepdad', 'stepmom', 'stepmum', 'stepfather', 'stepmother', 'stepbrother', 'stepsister', 'roommate',
  'flatmate', 'housemate', 'coworker', 'co-worker', 'colleague', 'boss', 'manager', 'neighbor', 'neighbour',
  'classmate', 'student', 'teacher', 'client', 'patient', 'character', 'author', 'narrator', 'protagonist', 'hero',
  'heroine', 'guy', 'girl', 'boy', 'man', 'woman', 'person', 'people', 'someone', 'somebody', 'anyone', 'everyone',
  'he', 'she', 'they', 'him', 'them', 'his', 'their', 'you', 'your', 'teen', 'teenager', 'singer', 'actor', 'actress',
  'celebrity', 'team', 'group', 'member', 'members', 'dog', 'cat',
]);

/** First person. */
export const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'mine', 'we', 'us', 'our', 'ourselves', 'im', "i'm"]);
