// Search as you type (debounced), with facets and counts, highlighted snippets and results that
// the arrow keys move through, a page at a time ("Show more"). The query and filters live in the URL.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';

import { Problems } from '@/components/problems';
import { ShowMore } from '@/components/show-more';
import { Snippet } from '@/components/snippet';
import { paths } from '@/config/paths';
import type { Language, OrganisationKind, SearchDocumentType, TargetGroup } from '@/gql/graphql';
import { useApiLanguage } from '@/lib/api-language';
import { problems } from '@/lib/errors';
import { useFormat } from '@/lib/format';
import { LARGEST_PAGE } from '@/lib/pages';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAllPages, useMoreItems } from '@/lib/use-pages';

import { SEARCH_PAGE_SIZE, SearchMoreQuery, SearchQuery, SearchRegionNamesQuery } from '../api/search';
import { useDebounced } from '../hooks/use-debounced';
import { FacetGroup } from './facet-group';

/** URL parameters of the filters. */
type FilterKey = 'type' | 'kind' | 'group' | 'lang' | 'region';

function hitPath(type: SearchDocumentType, id: string): string {
  switch (type) {
    case 'PATHWAY':
      return paths.pathway(id);
    case 'SERVICE':
      return paths.service(id);
    case 'ORGANISATION':
      return paths.organisation(id);
  }
}

export function SearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('search.title'));
  const format = useFormat();
  const language = useApiLanguage();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const query = useDebounced(text.trim(), 250);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<(HTMLAnchorElement | null)[]>([]);

  useEffect(() => {
    if ((params.get('q') ?? '') === query) return;
    const next = new URLSearchParams(params);
    if (query) next.set('q', query);
    else next.delete('q');
    setParams(next, { replace: true });
  }, [query, params, setParams]);

  const selected = (key: FilterKey) => params.getAll(key);
  const toggle = (key: FilterKey, value: string) => {
    const next = new URLSearchParams(params);
    const values = next.getAll(key);
    next.delete(key);
    for (const v of values.includes(value) ? values.filter((x) => x !== value) : [...values, value]) next.append(key, v);
    setParams(next, { replace: true });
  };

  const filter = {
    types: selected('type') as SearchDocumentType[],
    organisationKinds: selected('kind') as OrganisationKind[],
    targetGroups: selected('group') as TargetGroup[],
    languages: selected('lang') as Language[],
    regionIds: selected('region'),
  };
  const asked = { query, filter, first: SEARCH_PAGE_SIZE };
  const [{ data, fetching, error }] = useQuery({ query: SearchQuery, variables: asked, pause: query === '' });
  const namesPage = { language, first: LARGEST_PAGE };
  const [{ data: firstNames }] = useQuery({ query: SearchRegionNamesQuery, variables: namesPage });
  const regionNames = useAllPages(firstNames?.regions, SearchRegionNamesQuery, namesPage, (d) => d.regions);
  const regionName = (id: string) => regionNames.items.find((r) => r.id === id)?.name ?? id;
  const search = query === '' ? null : data?.search;
  const hits = useMoreItems(search, SearchMoreQuery, asked, (d) => d.search);

  const focusResult = (index: number) => {
    const links = results.current.filter((l): l is HTMLAnchorElement => l !== null);
    if (index < 0) input.current?.focus();
    else links[Math.min(index, links.length - 1)]?.focus();
  };
  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && hits.items.length) {
      event.preventDefault();
      focusResult(0);
    }
  };
  const onResultKey = (event: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusResult(index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      focusResult(index - 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      focusResult(-1);
    }
  };

  return (
    <>
      <h1>{t('search.title')}</h1>
      <search className="search-box">
        <label htmlFor="search-input">{t('search.label')}</label>
        <input
          id="search-input"
          ref={input}
          type="search"
          value={text}
          autoComplete="off"
          aria-describedby="search-help"
          aria-controls="search-results"
          onChange={(e) => {
            setText(e.target.value);
          }}
          onKeyDown={onInputKey}
        />
        <p id="search-help" className="field__hint">
          {t('search.help')}
        </p>
      </search>
      <Problems problems={problems(error)} />
      <p role="status" className="search-status">
        {search ? t('search.count', { count: search.totalCount, formatted: format.number(search.totalCount) }) : fetching && query ? t('common.loading') : ''}
      </p>
      <div className="search-layout">
        {search ? (
          <aside aria-label={t('search.filters')} className="facets">
            <FacetGroup
              legend={t('search.facet.type')}
              options={search.facets.types.map((f) => ({ value: f.type, count: f.count }))}
              selected={selected('type')}
              label={(v) => t(`enums.documentType.${v as SearchDocumentType}`)}
              onToggle={(v) => {
                toggle('type', v);
              }}
            />
            <FacetGroup
              legend={t('search.facet.region')}
              options={search.facets.regions.map((f) => ({ value: f.regionId, count: f.count }))}
              selected={selected('region')}
              label={regionName}
              onToggle={(v) => {
                toggle('region', v);
              }}
            />
            <FacetGroup
              legend={t('search.facet.kind')}
              options={search.facets.organisationKinds.map((f) => ({ value: f.kind, count: f.count }))}
              selected={selected('kind')}
              label={(v) => t(`enums.organisationKind.${v as OrganisationKind}`)}
              onToggle={(v) => {
                toggle('kind', v);
              }}
            />
            <FacetGroup
              legend={t('search.facet.targetGroup')}
              options={search.facets.targetGroups.map((f) => ({ value: f.targetGroup, count: f.count }))}
              selected={selected('group')}
              label={(v) => t(`enums.targetGroup.${v as TargetGroup}`)}
              onToggle={(v) => {
                toggle('group', v);
              }}
            />
            <FacetGroup
              legend={t('search.facet.language')}
              options={search.facets.languages.map((f) => ({ value: f.language, count: f.count }))}
              selected={selected('lang')}
              label={(v) => t(`enums.language.${v as Language}`)}
              onToggle={(v) => {
                toggle('lang', v);
              }}
            />
          </aside>
        ) : null}
        <div className="search-hits">
          <ol id="search-results" className="results" aria-label={t('search.results')}>
            {hits.items.map((hit, index) => (
              <li key={`${hit.type}-${hit.id}`} className="result">
                <Link
                  to={hitPath(hit.type, hit.id)}
                  ref={(el) => {
                    results.current[index] = el;
                    // The first hit a "Show more" brings takes the focus.
                    hits.focusRef(hit.id)?.(el);
                  }}
                  onKeyDown={(e) => {
                    onResultKey(e, index);
                  }}
                >
                  {hit.title}
                </Link>{' '}
                <span className="badge">{t(`enums.documentType.${hit.type}`)}</span>
                {hit.isDraft ? <span className="badge badge--warn">{t('enums.pathwayStatus.DRAFT')}</span> : null}
                <Snippet html={hit.snippet} />
              </li>
            ))}
          </ol>
          {search ? <ShowMore more={hits} list={t('search.results')} /> : null}
        </div>
      </div>
    </>
  );
}
