// Starting a session from a sign-in (password, invitation, reset link): the tokens go to the
// session store, and the interface switches to the person's preferred language from their profile,
// so that the choice follows them to another browser. Without one, the current language stays.
// Only signing in does this: a reload's `refreshToken` keeps what this browser has chosen since.
import { graphql } from '@/gql';
import type { SignIn_AuthPayloadFragmentFragment as AuthPayload } from '@/gql/graphql';
import { appLanguage } from '@/lib/api-language';
import { setLanguage } from '@/lib/i18n';
import { session } from '@/lib/session';

/** What a sign-in mutation selects from its `AuthPayload`. */
export const SignInFields = graphql(`
  fragment SignIn_AuthPayloadFragment on AuthPayload {
    accessToken
    expiresIn
    viewer {
      id
      language
    }
  }
`);

/** Starts the session and applies the person's preferred language, if they have one. */
export async function startSession(payload: AuthPayload): Promise<void> {
  session.start(payload);
  const { language } = payload.viewer;
  if (language) await setLanguage(appLanguage(language));
}
