/**
 * The bundled identity tables (issue 14): ICAO address blocks, nationality marks, airline designators.
 * The designator rows are data/designators.json, loaded by src/io/identity-tables.ts in a chunk of its own.
 */
export { addressBlocks, createAddressBlocks, ADDRESS_BLOCKS_SOURCE } from './address-blocks';
export { nationalityMarks, createNationalityMarks, NATIONALITY_MARKS_SOURCE } from './nationality-marks';
export {
  designatorTable,
  decodeDesignators,
  DESIGNATORS_SOURCE,
  type DesignatorTable,
  type DesignatorsJson,
} from './designators';
