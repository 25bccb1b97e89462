// Home: the viewer's regions and join requests, what waits for them (a coordinator's join
// requests and new feedback per region, an admin's national feedback, versions in review they
// may publish), their own drafts and proposals, their upcoming events, recent changes in their
// regions, pathways due for review and the feedback they sent; signed out, the public region list.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { Problems } from '@/components/problems';
import { DueForReview } from '@/components/due-for-review';
import { QueryState } from '@/components/query-state';
import { RecentChanges } from '@/components/recent-changes';
import { paths } from '@/config/paths';
import { graphql } from '@/gql';
import { useApiLanguage } from '@/lib/api-language';
import { problems } from '@/lib/errors';
import { useFormat } from '@/lib/format';
import { LARGEST_PAGE } from '@/lib/pages';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAllPages } from '@/lib/use-pages';
import { useSignedIn } from '@/lib/use-session';

import { PathwaysInProgress } from './pathways-in-progress';

const HomeQuery = graphql(`
  query Home($language: Language!) {
    viewer {
      id
      name
      isAdmin
      roles {
        kind
        region {
          id
          name(language: $language)
          status
        }
      }
    }
    myEvents {
      id
      title
      startsAt
      timeZone
      region {
        id
        name(language: $language)
      }
    }
    myPathwayFeedback(first: 10) {
      nodes {
        id
        message
        status
        reply
        pathway {
          id
          currentVersion {
            title
          }
        }
      }
    }
    myJoinRequests(first: 20) {
      nodes {
        id
        status
        reason
        createdAt
        region {
          id
          name(language: $language)
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);

const TasksQuery = graphql(`
  query CoordinatorTasks($regionId: ID!, $first: Int!) {
    joinRequests(regionId: $regionId, status: PENDING, first: $first) {
      pageInfo {
        hasNextPage
      }
      nodes {
        id
      }
    }
    pathwayFeedbackQueue(regionId: $regionId, status: [NEW], first: $first) {
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        urgent
      }
    }
  }
`);

// The task counts name no type when they are empty, so tell the cache which changes make them stale.
const TASKS_CONTEXT = { additionalTypenames: ['JoinRequest', 'PathwayFeedback'] };

const NationalTasksQuery = graphql(`
  query NationalTasks($first: Int!) {
    pathwayFeedbackQueue(status: [NEW], first: $first) {
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        urgent
      }
    }
  }
`);

/** One page of the regions: every one for admins, the public ones for everyone else. */
const RegionsQuery = graphql(`
  query PublicRegions($language: Language!, $first: Int!, $after: String) {
    regions(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name(language: $language)
        status
        country
      }
    }
  }
`);

export function HomePage() {
  const signedIn = useSignedIn();
  return signedIn ? <SignedInHome /> : <SignedOutHome />;
}

function RegionList() {
  const { t } = useTranslation();
  const language = useApiLanguage();
  const page = { language, first: LARGEST_PAGE };
  const [{ data, fetching, error }] = useQuery({ query: RegionsQuery, variables: page });
  const regions = useAllPages(data?.regions, RegionsQuery, page, (d) => d.regions);
  return (
    <QueryState fetching={fetching} error={error} data={data}>
      {() => (
        <>
          <Problems problems={problems(regions.error)} />
          <ul className="card-list">
            {regions.items.map((region) => (
              <li key={region.id} className="card">
                <Link to={paths.region(region.id)}>{region.name}</Link>
                {region.status === 'ONBOARDING' ? <span className="badge">{t('enums.regionStatus.ONBOARDING')}</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </QueryState>
  );
}

function SignedOutHome() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  return (
    <>
      <h1>{t('home.welcome')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <p>
        <Link to={paths.signIn} className="button primary">
          {t('nav.signIn')}
        </Link>{' '}
        <Link to={paths.search} className="button">
          {t('home.findHelp')}
        </Link>
      </p>
      <h2>{t('home.regions')}</h2>
      <RegionList />
    </>
  );
}

function SignedInHome() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  const language = useApiLanguage();
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({ query: HomeQuery, variables: { language } });
  return (
    <QueryState fetching={fetching} error={error} data={data?.viewer ? data : null}>
      {(d) => {
        const coordinated = (d.viewer?.roles ?? []).flatMap((role) => (role.kind === 'COORDINATOR' && role.region ? [role.region] : []));
        return (
          <>
            <h1>{t('home.greeting', { name: d.viewer?.name })}</h1>
            <section aria-labelledby="my-regions">
              <h2 id="my-regions">{t('home.myRegions')}</h2>
              {d.viewer?.roles.length ? (
                <ul className="card-list">
                  {d.viewer.roles.map((role) =>
                    role.region ? (
                      <li key={role.region.id} className="card">
                        <Link to={paths.region(role.region.id)}>{role.region.name}</Link>
                        <span className="badge">{t(`enums.role.${role.kind ?? 'MEMBER'}`)}</span>
                        {role.region.status === 'ONBOARDING' ? (
                          <span className="badge">{t('enums.regionStatus.ONBOARDING')}</span>
                        ) : null}
                      </li>
                    ) : null,
                  )}
                </ul>
              ) : (
                <p>
                  {t('home.noRegions')} <Link to={paths.askToJoin}>{t('nav.askToJoin')}</Link>
                </p>
              )}
            </section>
            {d.viewer?.isAdmin ? (
              <section aria-labelledby="all-regions">
                <h2 id="all-regions">{t('home.allRegions')}</h2>
                <p>
                  <Link to={paths.openRegion} className="button">
                    {t('nav.openRegion')}
                  </Link>{' '}
                  <Link to={paths.audit} className="button">
                    {t('audit.link')}
                  </Link>
                </p>
                <RegionList />
              </section>
            ) : null}
            {d.myJoinRequests.nodes.length ? (
              <section aria-labelledby="my-requests">
                <h2 id="my-requests">{t('home.myJoinRequests')}</h2>
                <ul className="plain">
                  {d.myJoinRequests.nodes.map((request) => (
                    <li key={request.id}>
                      {request.region?.name} · {request.organisation?.name} · {format.dateOf(request.createdAt)}:{' '}
                      <strong>{t(`enums.joinRequestStatus.${request.status ?? 'PENDING'}`)}</strong>
                      {request.reason ? ` — ${request.reason}` : ''}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <div className="panels">
              {coordinated.length || d.viewer?.isAdmin ? (
                <section aria-labelledby="slot-tasks" className="panel" data-slot="tasks">
                  <h2 id="slot-tasks">{t('home.tasks.title')}</h2>
                  {coordinated.map((region) => (
                    <CoordinatorTasks
                      key={region.id}
                      region={region}
                      namesRegion={coordinated.length > 1 || d.viewer?.isAdmin === true}
                    />
                  ))}
                  {d.viewer?.isAdmin ? <NationalTasks /> : null}
                </section>
              ) : null}
              {coordinated.length || d.viewer?.isAdmin ? (
                <section aria-labelledby="slot-awaitingReview" className="panel" data-slot="awaitingReview">
                  <h2 id="slot-awaitingReview">{t('home.inProgress.awaitingReview')}</h2>
                  <PathwaysInProgress which="review" list={t('home.inProgress.awaitingReview')} />
                </section>
              ) : null}
              {d.viewer?.roles.length || d.viewer?.isAdmin ? (
                <section aria-labelledby="slot-myDrafts" className="panel" data-slot="myDrafts">
                  <h2 id="slot-myDrafts">{t('home.inProgress.myDrafts')}</h2>
                  <PathwaysInProgress which="mine" list={t('home.inProgress.myDrafts')} />
                </section>
              ) : null}
              <section aria-labelledby="slot-myEvents" className="panel" data-slot="myEvents">
                <h2 id="slot-myEvents">{t('home.slots.myEvents')}</h2>
                <Items
                  items={d.myEvents.map((event) => (
                    <li key={event.id}>
                      <Link to={paths.event(event.id)}>{event.title}</Link>
                      <p className="meta">
                        {format.dateTime(event.startsAt, event.timeZone)}
                        {event.region ? (
                          <>
                            {' · '}
                            <Link to={paths.region(event.region.id)}>{event.region.name}</Link>
                          </>
                        ) : null}
                      </p>
                    </li>
                  ))}
                />
              </section>
              <section aria-labelledby="slot-recentChanges" className="panel" data-slot="recentChanges">
                <h2 id="slot-recentChanges">{t('changes.title')}</h2>
                <RecentChanges namesRegions={(d.viewer?.roles.length ?? 0) > 1} />
              </section>
              <section aria-labelledby="slot-reviewDue" className="panel" data-slot="reviewDue">
                <h2 id="slot-reviewDue">{t('home.slots.reviewDue')}</h2>
                {d.viewer?.roles.map((role) =>
                  role.region ? (
                    <DueForReview
                      key={role.region.id}
                      regionId={role.region.id}
                      heading={d.viewer && (d.viewer.roles.length > 1 || d.viewer.isAdmin) ? role.region.name : null}
                    />
                  ) : null,
                )}
                {d.viewer?.isAdmin ? <DueForReview regionId={null} heading={t('national.title')} /> : null}
                {!d.viewer?.roles.length && !d.viewer?.isAdmin ? <p>{t('home.slots.empty')}</p> : null}
              </section>
              <section aria-labelledby="slot-myFeedback" className="panel" data-slot="myFeedback">
                <h2 id="slot-myFeedback">{t('home.slots.myFeedback')}</h2>
                <Items
                  items={d.myPathwayFeedback.nodes.map((feedback) => (
                    <li key={feedback.id}>
                      {feedback.pathway ? (
                        <Link to={paths.pathway(feedback.pathway.id)}>{feedback.pathway.currentVersion?.title}</Link>
                      ) : null}{' '}
                      <span className="badge">{t(`home.feedbackStatus.${feedback.status ?? 'NEW'}`)}</span>
                      <blockquote>{feedback.message}</blockquote>
                      {feedback.reply ? (
                        <p className="reply">
                          <span className="flow__label">{t('home.feedbackReply')}:</span> {feedback.reply}
                        </p>
                      ) : null}
                    </li>
                  ))}
                />
              </section>
            </div>
          </>
        );
      }}
    </QueryState>
  );
}

/** One page of a queue, for counting what waits in it. */
interface QueuePage<Node> {
  pageInfo: { hasNextPage: boolean };
  nodes: Node[];
}

interface TaskLinesProps {
  /** Names the queues' region (or "national pathways") when the panel holds several. */
  heading: string | null;
  /** A region's pending join requests; national pathways have none. */
  requests?: { page: QueuePage<unknown>; path: string };
  feedback: { page: QueuePage<{ urgent: boolean }>; path: string };
}

/** What waits in one place: pending join requests and new feedback, each linking to its queue. */
function TaskLines({ heading, requests, feedback }: TaskLinesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  /** The count and how it reads ("100+" when there are more than a page). */
  const counted = (count: number, more: boolean) => ({ count, formatted: `${format.number(count)}${more ? '+' : ''}` });
  const waiting = requests?.page.nodes.length ?? 0;
  const fresh = feedback.page.nodes;
  const urgent = fresh.filter((item) => item.urgent).length;
  // Urgent feedback comes first: all of a full page urgent means more may follow.
  const moreUrgent = feedback.page.pageInfo.hasNextPage && urgent === fresh.length;
  return (
    <>
      {heading ? <h3>{heading}</h3> : null}
      {waiting || fresh.length ? (
        <ul className="entries">
          {requests && waiting ? (
            <li>
              <Link to={requests.path}>{t('home.tasks.joinRequests', counted(waiting, requests.page.pageInfo.hasNextPage))}</Link>
            </li>
          ) : null}
          {fresh.length ? (
            <li>
              <Link to={feedback.path}>{t('home.tasks.feedback', counted(fresh.length, feedback.page.pageInfo.hasNextPage))}</Link>
              {urgent ? <span className="badge badge--warn">{t('home.tasks.urgent', counted(urgent, moreUrgent))}</span> : null}
            </li>
          ) : null}
        </ul>
      ) : (
        <p>{t(requests ? 'home.tasks.none' : 'home.tasks.noFeedback')}</p>
      )}
    </>
  );
}

/** What waits for a coordinator in a region. */
function CoordinatorTasks({ region, namesRegion }: { region: { id: string; name: string }; namesRegion: boolean }) {
  const [{ data }] = useQuery({
    query: TasksQuery,
    variables: { regionId: region.id, first: LARGEST_PAGE },
    context: TASKS_CONTEXT,
  });
  if (!data) return null;
  return (
    <TaskLines
      heading={namesRegion ? region.name : null}
      requests={{ page: data.joinRequests, path: paths.regionNetwork(region.id) }}
      feedback={{ page: data.pathwayFeedbackQueue, path: paths.regionFeedback(region.id) }}
    />
  );
}

/** What waits for an admin on the national pathways: their new feedback. */
function NationalTasks() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: NationalTasksQuery, variables: { first: LARGEST_PAGE }, context: TASKS_CONTEXT });
  if (!data) return null;
  return <TaskLines heading={t('national.title')} feedback={{ page: data.pathwayFeedbackQueue, path: paths.nationalFeedback }} />;
}

function Items({ items }: { items: ReactElement[] }) {
  const { t } = useTranslation();
  return items.length ? <ul className="entries">{items}</ul> : <p>{t('home.slots.empty')}</p>;
}
