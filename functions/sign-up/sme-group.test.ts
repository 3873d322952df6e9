import { describe, expect, it } from 'vitest';
import { groupOnConfirmation } from './sme-group';

const event = (triggerSource: string) => ({ triggerSource, userPoolId: 'eu-south-1_x', userName: 'u1' });

describe('groupOnConfirmation', () => {
  it('puts people who signed themselves up in the sme group', () => {
    expect(groupOnConfirmation(event('PostConfirmation_ConfirmSignUp'))).toBe('sme');
  });

  it('leaves a password reset alone, so an invited association or consultant never becomes an SME', () => {
    expect(groupOnConfirmation(event('PostConfirmation_ConfirmForgotPassword'))).toBeUndefined();
  });
});
