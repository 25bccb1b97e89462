import { graphql } from '@/gql';

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...SignIn_AuthPayloadFragment
    }
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!, $language: Language!) {
    invitation(token: $token) {
      email
      name
      role
      status
      expiresAt
      accountExists
      region {
        id
        name(language: $language)
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $name: String, $password: String, $language: Language) {
    acceptInvitation(token: $token, name: $name, password: $password, language: $language) {
      ...SignIn_AuthPayloadFragment
    }
  }
`);
