const documents = {
  heading: 'Dokumenter',
  loading: 'Henter dokumenterne …',
  empty: 'Der er ingen dokumenter på sagen endnu.',
  loadError: 'Dokumenterne kunne ikke hentes.',
  loadMore: 'Vis flere dokumenter',
  caption: 'Sagens dokumenter, nyeste først',
  columns: {
    title: 'Titel',
    fileName: 'Filnavn',
    type: 'Type',
    size: 'Størrelse',
    uploadedBy: 'Vedhæftet af',
    uploadedAt: 'Tidspunkt',
    download: 'Hent',
  },
  note: 'Hører til notatet "{{title}}"',
  download: 'Hent',
  /** After the link's text for screen readers, to tell the links apart. */
  downloadNamed: '{{title}} ({{type}}, {{size}})',
  size: {
    bytes: '{{value}} B',
    kB: '{{value}} kB',
    MB: '{{value}} MB',
  },
  upload: {
    heading: 'Vedhæft dokument',
    file: 'Fil',
    fileHint: 'PDF eller billede (PNG, JPEG, GIF, WEBP, TIFF eller HEIC), højst 20 MB.',
    title: 'Titel',
    titleHint: 'Hvad dokumentet er, fx "Udtalelse fra skolen".',
    submit: 'Vedhæft',
    submitting: 'Vedhæfter …',
    uploaded: 'Dokumentet "{{title}}" er vedhæftet.',
    errors: {
      heading: 'Dokumentet kunne ikke vedhæftes',
      fileMissing: 'Vælg en fil',
      fileEmpty: 'Filen er tom',
      fileTooLarge: 'Filen er for stor. Den må højst fylde 20 MB.',
      title: 'Skriv en titel på højst 200 tegn',
    },
  },
};

export default documents;
