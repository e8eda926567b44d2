/** What a row's button opens. */
export type UserAction = 'edit' | 'active' | 'password';

/** The one dialog open on the users page, if any. */
export type UserDialogState = { kind: 'create' } | { kind: UserAction; userId: string } | null;
