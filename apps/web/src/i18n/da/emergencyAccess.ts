const emergencyAccess = {
  title: 'Nødadgang',
  intro:
    'Brug kun nødadgang, når du straks skal bruge oplysninger i en sag, som du ikke selv har adgang til – fx uden for arbejdstid, hvor sagens rådgiver ikke kan træffes.',
  rules: {
    heading: 'Sådan fungerer nødadgang',
    logged: 'Adgangen og din begrundelse bliver logget og vises i sagens oversigt over, hvem der har set sagen.',
    limited: 'Adgangen gælder kun i en begrænset periode og giver kun adgang til at læse sagen.',
    flagged: 'Lederen af den enhed, der har sagen, får besked og gennemgår adgangen.',
  },
  form: {
    caseNumber: 'Sagsnummer',
    caseNumberHint: 'Fx 2026-0012',
    reason: 'Begrundelse',
    reasonHint: 'Skriv, hvorfor du har brug for adgang til sagen nu (mindst 10 tegn).',
    submit: 'Giv mig nødadgang',
    submitting: 'Giver adgang …',
  },
  fieldErrors: {
    caseNumberRequired: 'Skriv sagsnummeret',
    caseNumberTooLong: 'Sagsnummeret må højst være 50 tegn',
    caseNumberUnknown: 'Der findes ingen sag med det sagsnummer',
    reasonTooShort: 'Begrund nødadgangen med mindst 10 tegn',
    reasonTooLong: 'Begrundelsen må højst være 1000 tegn',
  },
  errors: {
    heading: 'Du fik ikke nødadgang',
  },
  forbidden: 'Din rolle giver ikke adgang til at bruge nødadgang.',
};

export default emergencyAccess;
