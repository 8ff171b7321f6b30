// The answers the end-to-end suites type in, and the scores docs/scoring.md gives for them: one
// place for the Chromium suite (tests/e2e/) and the other engines' (tests/engines/).

export const SURVEY_ID = 'K7M2Q9XT4B';
export const WITH_UNITS = `#/survey?v=1&id=${SURVEY_ID}&t=Staff+wellbeing+2026&o=Riverside+Community+Hospital`
  + '&u=Emergency&u=Intensive+care&u=Surgery&r=1&s=Put+your+code+in+the+sealed+box+by+the+staff+room.';

// Scenario A: option index per item (0 = first listed). Expected scores worked out by hand from
// docs/scoring.md: values (2+3)/2 = 2.5 → 3 (halves round toward neutral); leadership (5+4)/2
// = 4.5 → 4; resources 1, 2 and reversed 5 → (1+2+1)/3 → 1; autonomy has 1 of 3 answered → not
// answered; culture 3 and 4 of 3 statements → 3.5 → 3; satisfaction 2 → U; stress 4 reversed → 2
// → U; valued 4 → F; leave 5 reversed → 1 → U; burnout option 3 → level 4.
export const ANSWERS_A = {
  burnout: 3, satisfaction: 1, stress: 3,
  'values-1': 1, 'values-2': 2, 'leadership-1': 4, 'leadership-2': 3, valued: 3,
  'resources-1': 0, 'resources-2': 1, 'resources-3': 4, 'autonomy-3': 0,
  'culture-1': 2, 'culture-2': 3, leave: 4,
  priorities: [0, 2, 5], unit: 2, role: 1,
};
export const EXPECTED_A = 'burnout=4 outcomes=U,U,F,U levers=3,1,-,4,3 priorities=0,2,5 unit=2 role=1';

// The organization's own statements of the cross-engine run: the survey with units above, under
// link version 5, with three statements (the third in English only). Scenario A answers the first
// "strongly agree" (favourable), the second "disagree" (unfavourable) and leaves the third out.
export const OWN_STATEMENTS = [
  { en: 'The new scheduling system gives me enough notice of my shifts.', es: 'El nuevo sistema de turnos me avisa con tiempo suficiente.' },
  { en: 'I feel safe from violence at work.', es: 'Me siento a salvo de la violencia en el trabajo.' },
  { en: 'The merger has been explained to me clearly.', es: '' },
];
export const OWN_QUERY = `v=5&id=${SURVEY_ID}&t=Staff+wellbeing+2026&u=Emergency&u=Intensive+care&u=Surgery&r=1&${
  OWN_STATEMENTS.map(({ en, es }, i) => new URLSearchParams([[`q${i + 1}en`, en], ...(es ? [[`q${i + 1}es`, es]] : [])]).toString()).join('&')}`;
export const OWN_ANSWERS = [4, 1, undefined];
export const EXPECTED_OWN = `${EXPECTED_A} statements=F,U,-`;
