// Search as you type: results with highlighted snippets, facets with counts to narrow them, and
// keyboard use (ArrowDown from the field moves into the results, ArrowUp/Down between them).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';

import { ErrorMessage } from '../../components/Status';
import { graphql } from '../../gql';
import type { SearchDocumentType, SearchQuery } from '../../gql/graphql';
import { ApiError, request } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { safeSnippet } from '../../lib/markdown';

const SearchDocument = graphql(`
  query Search($query: String!, $filter: SearchFilterInput, $language: Language) {
    search(query: $query, filter: $filter, language: $language, first: 20) {
      totalCount
      facets { types { type count } languages { language count } }
      nodes {
        id
        type
        title
        snippet
        isDraft
      }
    }
  }
`);

type Result = SearchQuery['search'];

const LINK: Record<SearchDocumentType, (id: string) => string | null> = {
  PATHWAY: (id) => `/pathways/${id}`,
  SERVICE: (id) => `/services/${id}`,
  ORGANISATION: () => null,
};

export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const type = params.get('type') as SearchDocumentType | null;
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!text.trim()) {
      setResult(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      request(SearchDocument, { query: text, filter: type ? { types: [type] } : null, language: null })
        .then((data) => live && (setResult(data.search), setError(null)))
        .catch((e: unknown) => live && setError(e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL')));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, type]);

  const update = (next: Record<string, string | null>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged, { replace: true });
  };

  const links = () => Array.from(list.current?.querySelectorAll<HTMLAnchorElement>('a') ?? []);
  const onFieldKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links()[0]?.focus();
    }
  };
  const onListKey = (event: KeyboardEvent<HTMLOListElement>) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && at >= 0) {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) document.getElementById('search-field')?.focus();
      else all[at - 1]?.focus();
    }
  };

  return (
    <section>
      <h1>{t('search.title')}</h1>
      <div role="search">
        <label htmlFor="search-field">{t('search.label')}</label>
        <input
          id="search-field"
          type="search"
          value={text}
          autoComplete="off"
          onChange={(e) => update({ q: e.target.value })}
          onKeyDown={onFieldKey}
        />
      </div>
      {error && <ErrorMessage error={error} />}
      {result && (
        <div className="search-layout">
          <aside aria-label={t('search.facets')}>
            <h2>{t('search.type')}</h2>
            <ul className="facets">
              {result.facets.types.map((f) => (
                <li key={f.type}>
                  <button type="button" aria-pressed={type === f.type} onClick={() => update({ type: type === f.type ? null : f.type })}>
                    {t(`type.${f.type}`)} ({formatNumber(f.count)})
                  </button>
                </li>
              ))}
            </ul>
            <h2>{t('search.language')}</h2>
            <ul className="facets">
              {result.facets.languages.map((f) => (
                <li key={f.language}>
                  {t(`lang.${f.language}`)} ({formatNumber(f.count)})
                </li>
              ))}
            </ul>
          </aside>
          <div>
            <p role="status">{result.totalCount ? t('search.results', { count: result.totalCount }) : t('search.noResults')}</p>
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- arrow keys move between the links inside */}
            <ol className="results" ref={list} onKeyDown={onListKey}>
              {result.nodes.map((hit) => {
                const href = LINK[hit.type](hit.id);
                return (
                  <li key={`${hit.type}-${hit.id}`}>
                    <span className="tag">{t(`type.${hit.type}`)}</span>
                    {hit.isDraft && <span className="tag">{t('search.draft')}</span>}{' '}
                    {href ? <Link to={href}>{hit.title}</Link> : <strong>{hit.title}</strong>}
                    <p className="snippet" dangerouslySetInnerHTML={{ __html: safeSnippet(hit.snippet) }} />
                  </li>
                );
              })}
            </ol>
          </div>
        </div>
      )}
    </section>
  );
}
