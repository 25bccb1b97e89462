import { graphql } from '@/gql';

/**
 * The signed-in person's profile, with the first page of the organisation choices (not in the
 * interface language: switching it must not reload the form).
 */
export const AccountQuery = graphql(`
  query Account($first: Int!) {
    viewer {
      id
      name
      email
      title
      language
      organisation {
        id
        name
      }
    }
    organisations(first: $first) {
      ...OrganisationPicker_OrganisationsFragment
    }
  }
`);

/** The regions the signed-in person has a role in. */
export const AccountRolesQuery = graphql(`
  query AccountRoles($language: Language!) {
    viewer {
      id
      isAdmin
      roles {
        kind
        region {
          id
          name(language: $language)
        }
      }
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) {
      id
      name
      title
      language
      organisation {
        id
        name
      }
    }
  }
`);

/** Changes the password; the API then ends every session of the person, this one too. */
export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);
