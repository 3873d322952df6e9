/**
 * Who joins the `sme` group on their own: only people who signed themselves up and confirmed their
 * email. Associations and consultants are invited by an administrator, who assigns their group.
 */
export const SELF_SIGN_UP_GROUP = 'sme';

export interface PostConfirmationEvent {
  triggerSource: string;
  userPoolId: string;
  userName: string;
}

export function groupOnConfirmation(event: PostConfirmationEvent): string | undefined {
  return event.triggerSource === 'PostConfirmation_ConfirmSignUp' ? SELF_SIGN_UP_GROUP : undefined;
}
