// The `updatedAt` an edit form was opened with, which its save sends back as `ifUnchangedSince`:
// the API then refuses a save that would overwrite someone else's change made meanwhile. A
// refetch of the record while the form is open must not move it, or the check would pass.
import { useState } from 'react';

/** The first `updatedAt` seen (undefined until the record has loaded). */
export function useOpenedAt(updatedAt: string | undefined): string | undefined {
  const [opened, setOpened] = useState(updatedAt);
  if (opened === undefined && updatedAt !== undefined) setOpened(updatedAt);
  return opened;
}
