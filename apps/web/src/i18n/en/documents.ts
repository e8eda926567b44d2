import type da from '../da/documents';
import type { Messages } from '../messages';

const documents: Messages<typeof da> = {
  heading: 'Documents',
  loading: 'Loading the documents …',
  empty: 'There are no documents on the case yet.',
  loadError: 'The documents could not be loaded.',
  loadMore: 'Show more documents',
  caption: "The case's documents, newest first",
  columns: {
    title: 'Title',
    fileName: 'File name',
    type: 'Type',
    size: 'Size',
    uploadedBy: 'Attached by',
    uploadedAt: 'Time',
    download: 'Download',
  },
  note: 'Belongs to the note "{{title}}"',
  download: 'Download',
  downloadNamed: '{{title}} ({{type}}, {{size}})',
  size: {
    bytes: '{{value}} B',
    kB: '{{value}} kB',
    MB: '{{value}} MB',
  },
  upload: {
    heading: 'Attach a document',
    file: 'File',
    fileHint: 'PDF or image (PNG, JPEG, GIF, WEBP, TIFF or HEIC), at most 20 MB.',
    title: 'Title',
    titleHint: 'What the document is, e.g. "Statement from the school".',
    submit: 'Attach',
    submitting: 'Attaching …',
    uploaded: 'The document "{{title}}" has been attached.',
    errors: {
      heading: 'The document could not be attached',
      fileMissing: 'Choose a file',
      fileEmpty: 'The file is empty',
      fileTooLarge: 'The file is too large. It may be at most 20 MB.',
      title: 'Enter a title of at most 200 characters',
    },
  },
};

export default documents;
