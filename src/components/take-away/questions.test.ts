import { describe, expect, it } from 'vitest';
import { interpret } from '../../rules';
import { questionsFor } from './questions';

describe('questions to ask the doctor', () => {
  it('asks nothing of a healthy result but the one-time hepatitis test', () => {
    expect(questionsFor(interpret({ ast: 20, alt: 18, ggt: 25 }))).toEqual(['hepatitisTest']);
  });

  it('asks for the cause, hepatitis test and medicines when ALT is raised', () => {
    expect(questionsFor(interpret({ alt: 45 }))).toEqual(['cause', 'hepatitisTest', 'medicines']);
  });

  it('asks about a re-test with CK for a muscle-type AST rise', () => {
    expect(questionsFor(interpret({ ast: 60, alt: 25 }))).toContain('muscle');
  });

  it('asks about the subsidy and family after a positive marker', () => {
    expect(questionsFor(interpret({ alt: 25 }, { hbsAg: 'positive', hcvAb: 'negative' }))).toEqual(['cause', 'hepatitisPositive']);
  });

  it('asks about a lasting rise over two checkups', () => {
    expect(questionsFor(interpret({ alt: 38 }, { earlier: [{ alt: 42 }] }))).toContain('persistent');
  });

  it('brings up no fibrosis question from an unreliable FIB-4', () => {
    expect(questionsFor(interpret({ age: 30, ast: 80, alt: 40, platelets: 25 }))).not.toContain('fibrosisTest');
  });

  it('never lists more than five', () => {
    const busy = interpret({ ast: 150, alt: 120, ggt: 250, albumin: 3.2, platelets: 8, age: 60 }, { hbsAg: 'positive', ultrasound: 'fattyLiver' });
    expect(questionsFor(busy).length).toBeLessThanOrEqual(5);
  });
});
