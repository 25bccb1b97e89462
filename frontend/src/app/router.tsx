// Every route and the page that answers it.
import { createBrowserRouter } from 'react-router';

import { Layout } from '@/app/layout';
import { NotFoundPage } from '@/app/not-found-page';
import { RouteError } from '@/app/route-error';
import { paths } from '@/config/paths';
import { AcceptInvitationPage } from '@/features/auth/components/accept-invitation-page';
import { SignInPage } from '@/features/auth/components/sign-in-page';
import { OrganisationPage } from '@/features/directory/components/organisation-page';
import { ServicePage } from '@/features/directory/components/service-page';
import { HomePage } from '@/features/home/components/home-page';
import { AskToJoinPage } from '@/features/network/components/ask-to-join-page';
import { NetworkPage } from '@/features/network/components/network-page';
import { PathwayEditorPage } from '@/features/pathways/components/pathway-editor-page';
import { PathwayHistoryPage } from '@/features/pathways/components/pathway-history-page';
import { PathwayPage } from '@/features/pathways/components/pathway-page';
import { PathwayPrintPage } from '@/features/pathways/components/pathway-print-page';
import { OpenRegionWizard } from '@/features/regions/components/open-region-wizard';
import { RegionPage } from '@/features/regions/components/region-page';
import { SearchPage } from '@/features/search/components/search-page';

export const router = createBrowserRouter([
  // The print view has no site chrome.
  { path: paths.pathwayPrint(), element: <PathwayPrintPage />, errorElement: <RouteError /> },
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.home, element: <HomePage /> },
      { path: paths.signIn, element: <SignInPage /> },
      { path: paths.invitation(), element: <AcceptInvitationPage /> },
      { path: paths.search, element: <SearchPage /> },
      { path: paths.region(), element: <RegionPage /> },
      { path: paths.regionNetwork(), element: <NetworkPage /> },
      { path: paths.newPathway(), element: <PathwayEditorPage /> },
      { path: paths.askToJoin, element: <AskToJoinPage /> },
      { path: paths.openRegion, element: <OpenRegionWizard /> },
      { path: paths.organisation(), element: <OrganisationPage /> },
      { path: paths.service(), element: <ServicePage /> },
      { path: paths.pathway(), element: <PathwayPage /> },
      { path: paths.pathwayHistory(), element: <PathwayHistoryPage /> },
      { path: paths.pathwayEdit(), element: <PathwayEditorPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
