import type { MapLayersJson } from '@pactesur/api-client';
import type { EventCalculations, PlanFeature, Site } from '@pactesur/contracts';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { SiteMap } from '../sites/SiteMap.tsx';
import { outlineBounds } from '../sites/map/outlines.ts';
import { draftOverlay, roundLngLat } from '../threat/map/zoneDraft.ts';
import { FeatureAddForm } from './FeatureAddForm.tsx';
import { PlanFeatureList } from './PlanFeatureList.tsx';
import { PlanLegend } from './PlanLegend.tsx';
import { buildFeature, toolShape, type BuildProblem, type PlanTool } from './map/planFeatures.ts';
import { planBounds } from './map/planGeometry.ts';
import { PLAN_FILL, planOverlay, pointsDraftOverlay } from './map/planOverlay.ts';
import { parsePointsText, pointsText, withPoint } from './map/pointsText.ts';

const NO_POINTS: readonly never[] = [];

interface Props {
  readonly site: Site | null;
  readonly layers: MapLayersJson | null;
  readonly features: readonly PlanFeature[];
  readonly warnings: EventCalculations['warnings'];
  readonly editable: boolean;
  readonly onFeatures: (change: (features: readonly PlanFeature[]) => PlanFeature[]) => void;
}

/**
 * The site plan on the site's map: zones, structures, exits, screening points, vehicle-barrier lines,
 * routes and points. A feature is added by clicking its points on the map — or, without a mouse, by typing
 * them, one "longitude, latitude" a line, in the field the clicks fill — then edited or deleted in the list
 * beside the map. Exits are snapped onto the edge of the audience zones, their width measured.
 */
export function PlanEditor({ site, layers, features, warnings, editable, onFeatures }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [tool, setTool] = useState<PlanTool>('zone-audience');
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<BuildProblem | 'line' | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const parsed = parsePointsText(text);
  const points = parsed.ok ? parsed.points : NO_POINTS;
  const shape = toolShape(tool);

  // The map frames the plan as it was opened (else the site) and stays where the user moves it.
  const [opened] = useState(() => planBounds(features));
  const fit = useMemo(() => opened ?? (site ? outlineBounds([site]) : null), [opened, site]);
  const outlines = useMemo(() => (site ? [site] : []), [site]);
  const overlays = useMemo(
    () => [
      planOverlay(features, selected),
      draftOverlay(shape === 'polygon' ? points : NO_POINTS),
      pointsDraftOverlay(shape === 'polygon' ? NO_POINTS : points),
    ],
    [features, selected, shape, points],
  );

  const clicked = (lngLat: [number, number]) => {
    const at = roundLngLat(lngLat);
    setProblem(null);
    setText((before) => {
      const had = parsePointsText(before);
      const count = had.ok ? had.points.length : 0;
      // A point takes the last click; an exit starts again after its two ends.
      if (shape === 'point' || (shape === 'segment' && count >= 2)) return pointsText([at]);
      return withPoint(before, at);
    });
  };
  const add = () => {
    if (!parsed.ok) return setProblem('line');
    const made = buildFeature(features, tool, points, name);
    if (!made.ok) return setProblem(made.problem);
    onFeatures((before) => [...before, made.feature]);
    setSelected(made.feature.id);
    setText('');
    setName('');
    setProblem(null);
  };

  return (
    <section
      className="card plan-editor"
      aria-labelledby={`${id}-title`}
      data-testid="plan-editor"
      data-features={features.length}
    >
      <h2 id={`${id}-title`}>{t('eventPlan.title')}</h2>
      <p className="hint">{editable ? t('eventPlan.hint') : t('eventPlan.readOnlyHint')}</p>
      <div className="map-layout">
        <SiteMap
          label={t('eventPlan.mapLabel', { name: site?.name ?? '' })}
          layers={layers}
          outlines={outlines}
          selectedId={null}
          fit={fit}
          overlays={overlays}
          countLayer={PLAN_FILL}
          onPoint={editable ? clicked : undefined}
          testId="plan-map"
        />
        <PlanLegend />
      </div>
      {editable && (
        <FeatureAddForm
          tool={tool}
          onTool={(next) => {
            setTool(next);
            setProblem(null);
            if (toolShape(next) !== shape) setText('');
          }}
          name={name}
          onName={setName}
          text={text}
          onText={(value) => {
            setText(value);
            setProblem(null);
          }}
          count={points.length}
          badLine={parsed.ok ? null : parsed.line}
          problem={problem}
          onUndo={() => {
            setText(pointsText(points.slice(0, -1)));
            setProblem(null);
          }}
          onClear={() => {
            setText('');
            setProblem(null);
          }}
          onAdd={add}
        />
      )}
      <PlanFeatureList
        features={features}
        warnings={warnings}
        editable={editable}
        selected={selected}
        onSelect={setSelected}
        onFeatures={onFeatures}
      />
    </section>
  );
}
