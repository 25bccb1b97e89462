// Every route and the page that answers it; pages load on first visit (one chunk each).
import type { ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';

import { Layout } from '@/app/layout';
import { NotFoundPage } from '@/app/not-found-page';
import { PageLoading } from '@/app/page-loading';
import { RouteError } from '@/app/route-error';
import { paths } from '@/config/paths';

type Page = () => ReactNode;

/**
 * A route whose page module is loaded when the route is first visited. On the app's first load
 * the router waits for that module; meanwhile the page says it is loading (`HydrateFallback`,
 * inside the site frame), rather than nothing.
 */
function page(path: string, load: () => Promise<Page>): RouteObject {
  return { path, lazy: async () => ({ Component: await load() }), HydrateFallback: PageLoading };
}

export const router = createBrowserRouter([
  // The print view has no site chrome.
  {
    ...page(paths.pathwayPrint(), () => import('@/features/pathways/components/pathway-print-page').then((m) => m.PathwayPrintPage)),
    errorElement: <RouteError />,
  },
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      page(paths.home, () => import('@/features/home/components/home-page').then((m) => m.HomePage)),
      page(paths.signIn, () => import('@/features/auth/components/sign-in-page').then((m) => m.SignInPage)),
      page(paths.invitation(), () => import('@/features/auth/components/accept-invitation-page').then((m) => m.AcceptInvitationPage)),
      page(paths.forgotPassword, () => import('@/features/auth/components/forgot-password-page').then((m) => m.ForgotPasswordPage)),
      page(paths.resetPassword(), () => import('@/features/auth/components/reset-password-page').then((m) => m.ResetPasswordPage)),
      page(paths.search, () => import('@/features/search/components/search-page').then((m) => m.SearchPage)),
      page(paths.region(), () => import('@/features/regions/components/region-page').then((m) => m.RegionPage)),
      page(paths.regionEdit(), () => import('@/features/regions/components/region-edit-page').then((m) => m.RegionEditPage)),
      page(paths.regionNetwork(), () => import('@/features/network/components/network-page').then((m) => m.NetworkPage)),
      page(paths.regionFeedback(), () => import('@/features/feedback/components/feedback-queue-page').then((m) => m.FeedbackQueuePage)),
      page(paths.regionAudit(), () => import('@/features/audit/components/audit-log-page').then((m) => m.AuditLogPage)),
      page(paths.audit, () => import('@/features/audit/components/audit-log-page').then((m) => m.AuditLogPage)),
      page(paths.newEvent(), () => import('@/features/events/components/event-form-page').then((m) => m.NewEventPage)),
      page(paths.event(), () => import('@/features/events/components/event-page').then((m) => m.EventPage)),
      page(paths.eventEdit(), () => import('@/features/events/components/event-form-page').then((m) => m.EditEventPage)),
      page(paths.newPathway(), () => import('@/features/pathways/components/pathway-editor-page').then((m) => m.PathwayEditorPage)),
      page(paths.national, () => import('@/features/national/components/national-page').then((m) => m.NationalPage)),
      page(paths.nationalFeedback, () => import('@/features/feedback/components/feedback-queue-page').then((m) => m.FeedbackQueuePage)),
      page(paths.newNationalPathway, () => import('@/features/pathways/components/pathway-editor-page').then((m) => m.PathwayEditorPage)),
      page(paths.askToJoin, () => import('@/features/network/components/ask-to-join-page').then((m) => m.AskToJoinPage)),
      page(paths.openRegion, () => import('@/features/regions/components/open-region-wizard').then((m) => m.OpenRegionWizard)),
      page(paths.organisation(), () => import('@/features/directory/components/organisation-page').then((m) => m.OrganisationPage)),
      page(paths.newOrganisation(), () => import('@/features/directory/components/organisation-form-page').then((m) => m.NewOrganisationPage)),
      page(paths.organisationEdit(), () => import('@/features/directory/components/organisation-form-page').then((m) => m.EditOrganisationPage)),
      page(paths.service(), () => import('@/features/directory/components/service-page').then((m) => m.ServicePage)),
      page(paths.newService(), () => import('@/features/directory/components/service-form-page').then((m) => m.NewServicePage)),
      page(paths.serviceEdit(), () => import('@/features/directory/components/service-form-page').then((m) => m.EditServicePage)),
      page(paths.pathway(), () => import('@/features/pathways/components/pathway-page').then((m) => m.PathwayPage)),
      page(paths.pathwayHistory(), () => import('@/features/pathways/components/pathway-history-page').then((m) => m.PathwayHistoryPage)),
      page(paths.pathwayEdit(), () => import('@/features/pathways/components/pathway-editor-page').then((m) => m.PathwayEditorPage)),
      page(paths.account, () => import('@/features/account/components/account-page').then((m) => m.AccountPage)),
      page(paths.unsubscribe(), () => import('@/features/account/components/unsubscribe-page').then((m) => m.UnsubscribePage)),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
