/** Cognito post-confirmation trigger: a self-signed-up user joins the `sme` group (see sign-up/sme-group). */
import {
  AdminAddUserToGroupCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { groupOnConfirmation, type PostConfirmationEvent } from '../sign-up/sme-group';
import { logger } from './powertools';

const cognito = new CognitoIdentityProviderClient({});

export async function handler<E extends PostConfirmationEvent>(event: E): Promise<E> {
  const group = groupOnConfirmation(event);
  if (group) {
    await cognito.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: event.userPoolId,
        Username: event.userName,
        GroupName: group,
      }),
    );
    logger.info('self sign-up joined group', { group, userPoolId: event.userPoolId });
  }
  // Cognito expects the event back.
  return event;
}
