// What a pathway's steps may name, and whether the viewer may publish the pathway: for a regional
// pathway the region's member organisations and their services (its coordinators and admins
// publish); for a national one every organisation and service (admins publish).
import { useQuery } from 'urql';

import { OrganisationChoicesQuery } from '@/lib/organisation-choices';
import { LARGEST_PAGE } from '@/lib/pages';
import { runsRegion } from '@/lib/roles';
import { useAllPages } from '@/lib/use-pages';

import { EditorServicesQuery, NationalChoicesQuery, NationalOrganisationChoicesQuery, RegionChoicesQuery } from '../api/pathway';

/** The choices for the steps of a pathway of `regionId` (`null`: a national pathway). */
export function useStepChoices(regionId: string | null) {
  const regional = regionId !== null;
  const regionPage = { regionId: regionId ?? '', first: LARGEST_PAGE };
  const nationalPage = { first: LARGEST_PAGE };
  const [{ data: region }] = useQuery({ query: RegionChoicesQuery, variables: regionPage, pause: !regional });
  const [{ data: national }] = useQuery({ query: NationalChoicesQuery, variables: nationalPage, pause: regional });
  const regionOrganisations = useAllPages(region?.region?.organisations, OrganisationChoicesQuery, regionPage, (d) => d.region?.organisations);
  const nationalOrganisations = useAllPages(national?.organisations, NationalOrganisationChoicesQuery, nationalPage, (d) => d.organisations);
  const services = useAllPages(
    regional ? region?.services : national?.services,
    EditorServicesQuery,
    { regionId, first: LARGEST_PAGE },
    (d) => d.services,
  );
  return {
    organisations: regional ? regionOrganisations : nationalOrganisations,
    services,
    mayPublish: regional ? runsRegion(region?.region, region?.viewer) : national?.viewer?.isAdmin === true,
  };
}
