export { ScaleScoreFields, scoreRowFieldId, scoreRowSummaryItems, type ScaleScoreFieldsProps } from './ScaleScoreFields';
export { ScaleTrendList } from './ScaleTrendList';
export {
  ScaleScoreRow,
  applyScoreRowErrors,
  emptyScaleScoreRow,
  toScaleScoreInputs,
  type RespondentSuggestion,
  type ScaleScoreRowOutput,
  type ScaleScoreRowValues,
  type SharedScoreFields,
} from './scoreRows';
