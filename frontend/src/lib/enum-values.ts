// The values of the API's enums in the order forms offer them (codegen writes the enums as
// types only); each list is checked to hold every value of its enum.
import type { ChannelKind, MembershipStatus, OrganisationKind, ServiceKind, ServiceStatus, TargetGroup } from '@/gql/graphql';

/** `list` as it is, when it names every value of `T` (a value left out makes the argument `never`, a type error). */
function every<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)): readonly T[] => list;
}

/** Kinds of organisation, as the design lists them. */
export const ORGANISATION_KINDS = every<OrganisationKind>()([
  'PRISON',
  'COMMUNITY_SANCTIONS',
  'POLICE',
  'FORENSIC_PSYCHIATRY',
  'PSYCHIATRY',
  'MENTAL_HEALTH_SERVICES',
  'SOCIAL_SERVICES',
  'HEALTH_SERVICES',
  'WELLBEING_SERVICES_COUNTY',
  'SHELTER',
  'PARISH',
  'NGO',
  'SUPPORT_CENTRE',
  'OTHER',
]);

/** Kinds of service. */
export const SERVICE_KINDS = every<ServiceKind>()([
  'PHONE_LINE',
  'CHAT',
  'THERAPY_GROUP',
  'INDIVIDUAL_THERAPY',
  'RELATIVES_GROUP',
  'PEER_SUPPORT',
  'SAFETY_PLAN_MEETING',
  'COUNSELLING',
  'SHELTER_ACCOMMODATION',
  'TRAINING',
  'OTHER',
]);

/** Whether a service takes clients now. */
export const SERVICE_STATUSES = every<ServiceStatus>()(['ACTIVE', 'TEMPORARILY_CLOSED']);

/** Who a service or pathway is for. */
export const TARGET_GROUPS = every<TargetGroup>()([
  'PEOPLE_AT_RISK_OF_OFFENDING',
  'PEOPLE_WHO_HAVE_OFFENDED',
  'VICTIMS',
  'FAMILIES_AND_RELATIVES',
  'CHILDREN_AND_YOUNG_PEOPLE',
  'PROFESSIONALS',
]);

/** Ways to reach an organisation or service. */
export const CHANNEL_KINDS = every<ChannelKind>()(['PHONE', 'EMAIL', 'WEB', 'CHAT', 'ADDRESS', 'VIDEO']);

/** Where an organisation stands in a region's network. */
export const MEMBERSHIP_STATUSES = every<MembershipStatus>()(['INVITED', 'REQUESTED', 'ACTIVE', 'LEFT']);
