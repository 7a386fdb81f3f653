import { setTranslator } from '../../../lib/i18n';
import { englishTranslator } from '../../../lib/i18n/english';

// Components and notices read their words through t(); the unit tests read them in English.
setTranslator(englishTranslator);
