const auth = {
  login: {
    title: 'Log ind',
    intro: 'Log ind med din e-mailadresse og adgangskode.',
    email: 'E-mail',
    password: 'Adgangskode',
    submit: 'Log ind',
    submitting: 'Logger ind …',
    fieldErrors: {
      email: 'Skriv en gyldig e-mailadresse',
      password: 'Skriv din adgangskode',
    },
    errors: {
      heading: 'Du blev ikke logget ind',
      wrongCredentials: 'Forkert e-mail eller adgangskode.',
      locked:
        'Kontoen er låst i 15 minutter efter for mange mislykkede forsøg. Prøv igen om 15 minutter, eller kontakt en administrator.',
      rateLimited: 'Der er lavet for mange loginforsøg fra din computer. Vent et minut, og prøv igen.',
      invalid: 'Tjek e-mail og adgangskode, og prøv igen.',
    },
    notices: {
      expired: 'Din session er udløbet, eller du er blevet logget ud et andet sted. Log ind igen for at fortsætte.',
      loggedOut: 'Du er logget ud.',
    },
  },
};

export default auth;
