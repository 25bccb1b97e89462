/* eslint-disable */
import * as types from './graphql';
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query InvitationPreview($token: String!, $language: Language) {\n    invitation(token: $token) {\n      email\n      name\n      role\n      status\n      accountExists\n      region { name(language: $language) }\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String, $password: String) {\n    acceptInvitation(token: $token, name: $name, password: $password) { accessToken refreshToken }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query DueForReview($regionId: ID!) {\n    pathwaysDueForReview(regionId: $regionId, first: 20) { nodes { id reviewDue reviewOverdue currentVersion { title } } }\n  }\n": typeof types.DueForReviewDocument,
    "\n  query Home($language: Language) {\n    myEvents { id title startsAt timeZone region { id name(language: $language) } }\n    myPathwayFeedback(first: 10) { nodes { id message status reply pathway { id currentVersion { title } } } }\n    recentChanges(first: 10) { nodes { id at kind versionNumber pathway { id currentVersion { title } } region { name(language: $language) } } }\n  }\n": typeof types.HomeDocument,
    "\n  query Pathway($id: ID!, $language: Language) {\n    pathway(id: $id) {\n      id\n      isNational\n      status\n      reviewDue\n      region { id name(language: $language) }\n      currentVersion {\n        number\n        title\n        summary\n        body\n        publishedAt\n        steps {\n          id\n          position\n          title\n          description\n          referralCriteria\n          responsibleOrganisation { id name }\n          service { id name }\n        }\n      }\n      versions(first: 50) { nodes { number state publishedAt changeNote } }\n    }\n  }\n": typeof types.PathwayDocument,
    "\n  query PathwayDiff($id: ID!, $from: Int!, $to: Int!) {\n    pathway(id: $id) {\n      diff(from: $from, to: $to) {\n        changed\n        fields { field before after }\n        body { kind text }\n        steps { kind text }\n      }\n    }\n  }\n": typeof types.PathwayDiffDocument,
    "\n  mutation SendFeedback($id: ID!, $input: PathwayFeedbackInput!) {\n    sendPathwayFeedback(pathwayId: $id, input: $input) { id }\n  }\n": typeof types.SendFeedbackDocument,
    "\n  query Region($id: ID!, $language: Language) {\n    region(id: $id) {\n      id\n      name(language: $language)\n      status\n      area\n      timeZone\n      coordinators { id name email }\n      organisations(first: 100) { nodes { id name kind } }\n      pathways(first: 100) { nodes { id status currentVersion { title } } }\n      onboarding { done total items { step done } missingKinds }\n    }\n    events(regionId: $id, first: 20) { nodes { id title kind startsAt timeZone place onlineUrl seatsLeft } }\n  }\n": typeof types.RegionDocument,
    "\n  query Regions($language: Language) {\n    regions(first: 100) { nodes { id name(language: $language) status country } }\n  }\n": typeof types.RegionsDocument,
    "\n  query Search($query: String!, $filter: SearchFilterInput, $language: Language) {\n    search(query: $query, filter: $filter, language: $language, first: 20) {\n      totalCount\n      facets { types { type count } languages { language count } }\n      nodes {\n        id\n        type\n        title\n        snippet\n        isDraft\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Service($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      description\n      eligibility\n      languages\n      openNow\n      timeZone\n      organisation { id name }\n      channels { kind value label }\n      hours { weekly { day opens closes } }\n    }\n  }\n": typeof types.ServiceDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      isAdmin\n      roles {\n        kind\n        region { id slug name status }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { accessToken refreshToken }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout($refreshToken: String) { logout(refreshToken: $refreshToken) }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query InvitationPreview($token: String!, $language: Language) {\n    invitation(token: $token) {\n      email\n      name\n      role\n      status\n      accountExists\n      region { name(language: $language) }\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String, $password: String) {\n    acceptInvitation(token: $token, name: $name, password: $password) { accessToken refreshToken }\n  }\n": types.AcceptInvitationDocument,
    "\n  query DueForReview($regionId: ID!) {\n    pathwaysDueForReview(regionId: $regionId, first: 20) { nodes { id reviewDue reviewOverdue currentVersion { title } } }\n  }\n": types.DueForReviewDocument,
    "\n  query Home($language: Language) {\n    myEvents { id title startsAt timeZone region { id name(language: $language) } }\n    myPathwayFeedback(first: 10) { nodes { id message status reply pathway { id currentVersion { title } } } }\n    recentChanges(first: 10) { nodes { id at kind versionNumber pathway { id currentVersion { title } } region { name(language: $language) } } }\n  }\n": types.HomeDocument,
    "\n  query Pathway($id: ID!, $language: Language) {\n    pathway(id: $id) {\n      id\n      isNational\n      status\n      reviewDue\n      region { id name(language: $language) }\n      currentVersion {\n        number\n        title\n        summary\n        body\n        publishedAt\n        steps {\n          id\n          position\n          title\n          description\n          referralCriteria\n          responsibleOrganisation { id name }\n          service { id name }\n        }\n      }\n      versions(first: 50) { nodes { number state publishedAt changeNote } }\n    }\n  }\n": types.PathwayDocument,
    "\n  query PathwayDiff($id: ID!, $from: Int!, $to: Int!) {\n    pathway(id: $id) {\n      diff(from: $from, to: $to) {\n        changed\n        fields { field before after }\n        body { kind text }\n        steps { kind text }\n      }\n    }\n  }\n": types.PathwayDiffDocument,
    "\n  mutation SendFeedback($id: ID!, $input: PathwayFeedbackInput!) {\n    sendPathwayFeedback(pathwayId: $id, input: $input) { id }\n  }\n": types.SendFeedbackDocument,
    "\n  query Region($id: ID!, $language: Language) {\n    region(id: $id) {\n      id\n      name(language: $language)\n      status\n      area\n      timeZone\n      coordinators { id name email }\n      organisations(first: 100) { nodes { id name kind } }\n      pathways(first: 100) { nodes { id status currentVersion { title } } }\n      onboarding { done total items { step done } missingKinds }\n    }\n    events(regionId: $id, first: 20) { nodes { id title kind startsAt timeZone place onlineUrl seatsLeft } }\n  }\n": types.RegionDocument,
    "\n  query Regions($language: Language) {\n    regions(first: 100) { nodes { id name(language: $language) status country } }\n  }\n": types.RegionsDocument,
    "\n  query Search($query: String!, $filter: SearchFilterInput, $language: Language) {\n    search(query: $query, filter: $filter, language: $language, first: 20) {\n      totalCount\n      facets { types { type count } languages { language count } }\n      nodes {\n        id\n        type\n        title\n        snippet\n        isDraft\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Service($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      description\n      eligibility\n      languages\n      openNow\n      timeZone\n      organisation { id name }\n      channels { kind value label }\n      hours { weekly { day opens closes } }\n    }\n  }\n": types.ServiceDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      isAdmin\n      roles {\n        kind\n        region { id slug name status }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { accessToken refreshToken }\n  }\n": types.LoginDocument,
    "\n  mutation Logout($refreshToken: String) { logout(refreshToken: $refreshToken) }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!, $language: Language) {\n    invitation(token: $token) {\n      email\n      name\n      role\n      status\n      accountExists\n      region { name(language: $language) }\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!, $language: Language) {\n    invitation(token: $token) {\n      email\n      name\n      role\n      status\n      accountExists\n      region { name(language: $language) }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $name: String, $password: String) {\n    acceptInvitation(token: $token, name: $name, password: $password) { accessToken refreshToken }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $name: String, $password: String) {\n    acceptInvitation(token: $token, name: $name, password: $password) { accessToken refreshToken }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DueForReview($regionId: ID!) {\n    pathwaysDueForReview(regionId: $regionId, first: 20) { nodes { id reviewDue reviewOverdue currentVersion { title } } }\n  }\n"): (typeof documents)["\n  query DueForReview($regionId: ID!) {\n    pathwaysDueForReview(regionId: $regionId, first: 20) { nodes { id reviewDue reviewOverdue currentVersion { title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($language: Language) {\n    myEvents { id title startsAt timeZone region { id name(language: $language) } }\n    myPathwayFeedback(first: 10) { nodes { id message status reply pathway { id currentVersion { title } } } }\n    recentChanges(first: 10) { nodes { id at kind versionNumber pathway { id currentVersion { title } } region { name(language: $language) } } }\n  }\n"): (typeof documents)["\n  query Home($language: Language) {\n    myEvents { id title startsAt timeZone region { id name(language: $language) } }\n    myPathwayFeedback(first: 10) { nodes { id message status reply pathway { id currentVersion { title } } } }\n    recentChanges(first: 10) { nodes { id at kind versionNumber pathway { id currentVersion { title } } region { name(language: $language) } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pathway($id: ID!, $language: Language) {\n    pathway(id: $id) {\n      id\n      isNational\n      status\n      reviewDue\n      region { id name(language: $language) }\n      currentVersion {\n        number\n        title\n        summary\n        body\n        publishedAt\n        steps {\n          id\n          position\n          title\n          description\n          referralCriteria\n          responsibleOrganisation { id name }\n          service { id name }\n        }\n      }\n      versions(first: 50) { nodes { number state publishedAt changeNote } }\n    }\n  }\n"): (typeof documents)["\n  query Pathway($id: ID!, $language: Language) {\n    pathway(id: $id) {\n      id\n      isNational\n      status\n      reviewDue\n      region { id name(language: $language) }\n      currentVersion {\n        number\n        title\n        summary\n        body\n        publishedAt\n        steps {\n          id\n          position\n          title\n          description\n          referralCriteria\n          responsibleOrganisation { id name }\n          service { id name }\n        }\n      }\n      versions(first: 50) { nodes { number state publishedAt changeNote } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathwayDiff($id: ID!, $from: Int!, $to: Int!) {\n    pathway(id: $id) {\n      diff(from: $from, to: $to) {\n        changed\n        fields { field before after }\n        body { kind text }\n        steps { kind text }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PathwayDiff($id: ID!, $from: Int!, $to: Int!) {\n    pathway(id: $id) {\n      diff(from: $from, to: $to) {\n        changed\n        fields { field before after }\n        body { kind text }\n        steps { kind text }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendFeedback($id: ID!, $input: PathwayFeedbackInput!) {\n    sendPathwayFeedback(pathwayId: $id, input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation SendFeedback($id: ID!, $input: PathwayFeedbackInput!) {\n    sendPathwayFeedback(pathwayId: $id, input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Region($id: ID!, $language: Language) {\n    region(id: $id) {\n      id\n      name(language: $language)\n      status\n      area\n      timeZone\n      coordinators { id name email }\n      organisations(first: 100) { nodes { id name kind } }\n      pathways(first: 100) { nodes { id status currentVersion { title } } }\n      onboarding { done total items { step done } missingKinds }\n    }\n    events(regionId: $id, first: 20) { nodes { id title kind startsAt timeZone place onlineUrl seatsLeft } }\n  }\n"): (typeof documents)["\n  query Region($id: ID!, $language: Language) {\n    region(id: $id) {\n      id\n      name(language: $language)\n      status\n      area\n      timeZone\n      coordinators { id name email }\n      organisations(first: 100) { nodes { id name kind } }\n      pathways(first: 100) { nodes { id status currentVersion { title } } }\n      onboarding { done total items { step done } missingKinds }\n    }\n    events(regionId: $id, first: 20) { nodes { id title kind startsAt timeZone place onlineUrl seatsLeft } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions($language: Language) {\n    regions(first: 100) { nodes { id name(language: $language) status country } }\n  }\n"): (typeof documents)["\n  query Regions($language: Language) {\n    regions(first: 100) { nodes { id name(language: $language) status country } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $filter: SearchFilterInput, $language: Language) {\n    search(query: $query, filter: $filter, language: $language, first: 20) {\n      totalCount\n      facets { types { type count } languages { language count } }\n      nodes {\n        id\n        type\n        title\n        snippet\n        isDraft\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $filter: SearchFilterInput, $language: Language) {\n    search(query: $query, filter: $filter, language: $language, first: 20) {\n      totalCount\n      facets { types { type count } languages { language count } }\n      nodes {\n        id\n        type\n        title\n        snippet\n        isDraft\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Service($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      description\n      eligibility\n      languages\n      openNow\n      timeZone\n      organisation { id name }\n      channels { kind value label }\n      hours { weekly { day opens closes } }\n    }\n  }\n"): (typeof documents)["\n  query Service($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      description\n      eligibility\n      languages\n      openNow\n      timeZone\n      organisation { id name }\n      channels { kind value label }\n      hours { weekly { day opens closes } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      isAdmin\n      roles {\n        kind\n        region { id slug name status }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      isAdmin\n      roles {\n        kind\n        region { id slug name status }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { accessToken refreshToken }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { accessToken refreshToken }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String) { logout(refreshToken: $refreshToken) }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String) { logout(refreshToken: $refreshToken) }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;