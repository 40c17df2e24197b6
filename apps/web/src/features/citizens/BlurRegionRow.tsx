import type { BlurRegion } from '@pactesur/contracts';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { NumberField } from '../../ui/NumberField.tsx';
import { RowAction } from '../../ui/RowAction.tsx';
import { percentFields, regionOfPercent, type PercentFields } from './blurRegions.ts';

interface Props {
  /** Its number, from 1, as drawn on the photo. */
  readonly n: number;
  readonly region: BlurRegion;
  readonly onChange: (region: BlurRegion) => void;
  readonly onRemove: () => void;
}

const SAME = (a: BlurRegion | null, b: BlurRegion) =>
  a !== null && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * A region to blur as four numbers, percentages of the photo (left, top, width, height): what drawing on the
 * photo fills, and the way to give a region with the keyboard alone.
 */
export function BlurRegionRow({ n, region, onChange, onRemove }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState<PercentFields>(() => percentFields(region));
  // A region changed elsewhere (drawn again) shows its numbers; one being typed keeps what is typed.
  useEffect(() => {
    setText((typed) => (SAME(regionOfPercent(typed), region) ? typed : percentFields(region)));
  }, [region]);
  const field = (key: keyof PercentFields) => (value: string) => {
    const next = { ...text, [key]: value };
    setText(next);
    const parsed = regionOfPercent(next);
    if (parsed) onChange(parsed);
  };
  const invalid = regionOfPercent(text) === null;
  return (
    <fieldset className="field-row blur-region-row" data-testid="blur-region-row">
      <legend>{t('citizens.blur.region', { n })}</legend>
      <NumberField
        label="citizens.blur.x"
        value={text.x}
        inputMode="decimal"
        min={0}
        max={100}
        step="any"
        invalid={invalid}
        onChange={field('x')}
      />
      <NumberField
        label="citizens.blur.y"
        value={text.y}
        inputMode="decimal"
        min={0}
        max={100}
        step="any"
        invalid={invalid}
        onChange={field('y')}
      />
      <NumberField
        label="citizens.blur.width"
        value={text.width}
        inputMode="decimal"
        min={0}
        max={100}
        step="any"
        invalid={invalid}
        onChange={field('width')}
      />
      <NumberField
        label="citizens.blur.height"
        value={text.height}
        inputMode="decimal"
        min={0}
        max={100}
        step="any"
        invalid={invalid}
        onChange={field('height')}
      />
      <RowAction
        text={t('citizens.blur.remove')}
        label={t('citizens.blur.removeLabel', { n })}
        onClick={onRemove}
      />
    </fieldset>
  );
}
