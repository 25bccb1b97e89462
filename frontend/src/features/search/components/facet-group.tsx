// One facet: checkboxes with the number of hits each would keep.
import { useTranslation } from 'react-i18next';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

interface FacetGroupProps {
  legend: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}

export function FacetGroup({ legend, options, selected, onToggle }: FacetGroupProps) {
  const { i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  // A selected value stays listed even when it has no hits under the other filters.
  const shown = [
    ...options,
    ...selected.filter((v) => !options.some((o) => o.value === v)).map((value) => ({ value, label: value, count: 0 })),
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
            {option.label} <span className="count">({number.format(option.count)})</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
