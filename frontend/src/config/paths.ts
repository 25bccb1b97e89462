/** Every route of the app, with builders for their links. */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  search: '/search',
  region: (id = ':regionId') => `/regions/${id}`,
  regionNetwork: (id = ':regionId') => `/regions/${id}/network`,
  askToJoin: '/join',
  openRegion: '/admin/open-region',
  organisation: (id = ':organisationId') => `/organisations/${id}`,
  service: (id = ':serviceId') => `/services/${id}`,
  pathway: (id = ':pathwayId') => `/pathways/${id}`,
  pathwayHistory: (id = ':pathwayId') => `/pathways/${id}/history`,
  pathwayPrint: (id = ':pathwayId') => `/pathways/${id}/print`,
  pathwayEdit: (id = ':pathwayId') => `/pathways/${id}/edit`,
  newPathway: (regionId = ':regionId') => `/regions/${regionId}/pathways/new`,
  invitation: (token = ':token') => `/invitation/${token}`,
} as const;
