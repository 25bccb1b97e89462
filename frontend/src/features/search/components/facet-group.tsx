// One facet: checkboxes with the number of hits each would keep.
import { useTranslation } from 'react-i18next';

export interface FacetCount {
  value: string;
  count: number;
}

interface FacetGroupProps {
  legend: string;
  /** The values the search counted, with their hits. */
  options: readonly FacetCount[];
  selected: readonly string[];
  /** A value's name for people (a region's name, a translated kind), also for a value no longer counted. */
  label: (value: string) => string;
  onToggle: (value: string) => void;
}

export function FacetGroup({ legend, options, selected, label, onToggle }: FacetGroupProps) {
  const { i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  // A selected value stays listed, under its own name, even when it has no hits under the other filters.
  const shown = [
    ...options,
    ...selected.filter((v) => !options.some((o) => o.value === v)).map((value) => ({ value, count: 0 })),
  ];
  if (shown.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {shown.map((option) => (
        <div key={option.value} className="facet__option">
          <label>
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={() => {
                onToggle(option.value);
              }}
            />{' '}
            {label(option.value)} <span className="count">({number.format(option.count)})</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
