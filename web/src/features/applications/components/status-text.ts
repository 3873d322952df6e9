/** Plain words for each application status. */
export const STATUS_TEXT = {
  reserved: 'Received — the grant is reserved for you',
  waitlisted: 'Received — on the waiting list: the budget was used up when it arrived',
  submitted: 'Received — to be assessed',
  withdrawn: 'Withdrawn',
} as const;
