import { DIM_ROWS, ICE_COLUMNS, type DimIceCell, type PlanFeature } from '@pactesur/contracts';
import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { dimIceCell, withDimIceCell, type DimRow, type IceColumn } from './DimIceCells.ts';
import { WorksheetFeatures } from './WorksheetFeatures.tsx';

interface Props {
  readonly cells: readonly DimIceCell[];
  readonly features: readonly PlanFeature[];
  readonly readOnly: boolean;
  readonly onChange: (cells: DimIceCell[]) => void;
}

const CONDITIONS = ['normal', 'abnormal', 'emergency'] as const;

function DimIceCellFields({
  cell,
  features,
  readOnly,
  onChange,
}: {
  cell: DimIceCell;
  features: readonly PlanFeature[];
  readOnly: boolean;
  onChange: (cell: DimIceCell) => void;
}) {
  const id = useId();
  const { t } = useI18n();
  const where = t('events.ops.dimIce.cell', {
    row: t(`events.ops.dimIce.row.${cell.row}`),
    column: t(`events.ops.dimIce.column.${cell.column}`),
  });
  return (
    <fieldset
      className="dim-ice-cell"
      data-testid="dim-ice-cell"
      data-row={cell.row}
      data-column={cell.column}
    >
      <legend className="visually-hidden">{where}</legend>
      {CONDITIONS.map((condition) => (
        <div className="field" key={condition}>
          <label htmlFor={`${id}-${condition}`}>
            {t(`events.ops.dimIce.${condition}`)}
            <span className="visually-hidden"> ({where})</span>
          </label>
          <textarea
            id={`${id}-${condition}`}
            className={`dim-ice-${condition}`}
            rows={2}
            maxLength={5_000}
            readOnly={readOnly}
            value={cell[condition]}
            onChange={(e) => onChange({ ...cell, [condition]: e.target.value })}
          />
        </div>
      ))}
      <WorksheetFeatures
        features={features}
        value={cell.features}
        label={t('events.ops.features.of', { what: where })}
        readOnly={readOnly}
        onChange={(ids) => onChange({ ...cell, features: ids })}
      />
    </fieldset>
  );
}

/**
 * DIM-ICE (G. Keith Still): Design, Information and Management (rows) across Ingress, Circulation and
 * Egress (columns); in each cell what is considered in normal, abnormal and emergency conditions, and the
 * plan's features it talks about.
 */
export function DimIceGrid({ cells, features, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const change = (cell: DimIceCell) => onChange(withDimIceCell(cells, cell));
  return (
    <section className="card worksheet" aria-labelledby="dim-ice-title" data-testid="dim-ice">
      <h3 id="dim-ice-title">{t('events.ops.dimIce.title')}</h3>
      <p className="hint">{t('events.ops.dimIce.intro')}</p>
      <div className="dim-ice-grid" role="group" aria-labelledby="dim-ice-title">
        <span className="dim-ice-corner" aria-hidden="true" />
        {ICE_COLUMNS.map((column) => (
          <span key={column} className="dim-ice-head" aria-hidden="true">
            {t(`events.ops.dimIce.column.${column}`)}
          </span>
        ))}
        {DIM_ROWS.map((row: DimRow) => (
          <DimIceRow key={row} row={row}>
            {ICE_COLUMNS.map((column: IceColumn) => (
              <DimIceCellFields
                key={column}
                cell={dimIceCell(cells, row, column)}
                features={features}
                readOnly={readOnly}
                onChange={change}
              />
            ))}
          </DimIceRow>
        ))}
      </div>
    </section>
  );
}

function DimIceRow({ row, children }: { row: DimRow; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <span className="dim-ice-head dim-ice-row-head" aria-hidden="true">
        {t(`events.ops.dimIce.row.${row}`)}
      </span>
      {children}
    </>
  );
}
