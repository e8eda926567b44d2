import { describe, expect, it } from 'vitest';
import { fieldErrorKey, fieldErrorKeys } from './emergencyAccessErrors';

describe('emergency access field messages', () => {
  it('asks for the case number when it is missing, and says when it is too long', () => {
    expect(fieldErrorKey('caseNumber', 'too_small')).toBe('fieldErrors.caseNumberRequired');
    expect(fieldErrorKey('caseNumber', 'too_big')).toBe('fieldErrors.caseNumberTooLong');
  });

  it('asks for a reason of at least 10 characters, at most 1000', () => {
    expect(fieldErrorKey('reason', 'too_small')).toBe('fieldErrors.reasonTooShort');
    expect(fieldErrorKey('reason', 'too_big')).toBe('fieldErrors.reasonTooLong');
  });

  it('says so when the API knows no such case number', () => {
    expect(fieldErrorKeys({ caseNumber: { type: 'unknownCase' } })).toEqual({
      caseNumber: 'fieldErrors.caseNumberUnknown',
    });
  });
});
