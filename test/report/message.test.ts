import { expect } from '@open-wc/testing';
import { ENGLISH_WORDS, FIELD_LIMIT, composeReport, emptyDraft, formatPosition, timeIn, type ReportWords } from '../../src/report/message.js';

const spanish: ReportWords = {
  ...ENGLISH_WORDS,
  title: 'Reporte de actividad de ICE',
  what: 'Qué',
  where: 'Dónde',
  when: 'Cuándo',
  now: 'ahora',
  agency: 'Agencia',
  kinds: { ...ENGLISH_WORDS.kinds, home: 'Redada en una casa' },
  agencies: { ...ENGLISH_WORDS.agencies, police: 'Policía' },
  formatTime: (time) => timeIn('es', time),
};

describe('report message', () => {
  it('an empty report still says what it is and when', () => {
    expect(composeReport(emptyDraft(), ENGLISH_WORDS)).to.equal('ICE activity report\nWhen: now');
  });

  it('keeps only the lines filled in, in a fixed order, with the witness’s words as typed', () => {
    const draft = { ...emptyDraft(), kind: 'arrest' as const, agents: ' 4 ', agency: 'cbp' as const, uniforms: 'green,\n vests', said: '', place: 'Main St & 5th', time: '07:05' };
    expect(composeReport(draft, ENGLISH_WORDS).split('\n')).to.deep.equal([
      'ICE activity report',
      'What: An arrest',
      'Agents: 4',
      'Agency: CBP',
      'Uniforms: green, vests',
      'Where: Main St & 5th',
      'When: 7:05 AM',
    ]);
  });

  it('in another language, adds the English word beside each label and choice, once', () => {
    const draft = { ...emptyDraft(), kind: 'home' as const, agency: 'ice' as const, place: 'frente a la iglesia', time: '19:40' };
    expect(composeReport(draft, spanish).split('\n')).to.deep.equal([
      'Reporte de actividad de ICE / ICE activity report',
      'Qué / What: Redada en una casa / A raid at a home',
      'Agencia / Agency: ICE',
      'Dónde / Where: frente a la iglesia',
      'Cuándo / When: 19:40 / 7:40 PM',
    ]);
  });

  it('adds coordinates only when the witness added them, to about a metre', () => {
    const draft = { ...emptyDraft(), position: { latitude: 42.9631249, longitude: -85.6680912, accuracy: 12.6 } };
    expect(composeReport(draft, ENGLISH_WORDS)).to.contain('Location: 42.96312, -85.66809 (±13 m)');
    expect(formatPosition({ latitude: 1, longitude: 2 })).to.equal('1.00000, 2.00000');
  });

  it('cuts very long fields so the sms: link stays short enough for every phone', () => {
    const draft = { ...emptyDraft(), said: 'a'.repeat(5000), agents: '1'.repeat(100) };
    const message = composeReport(draft, ENGLISH_WORDS);
    expect(message).to.contain(`They said: ${'a'.repeat(FIELD_LIMIT)}\n`);
    expect(message).to.contain(`Agents: ${'1'.repeat(20)}\n`);
    expect(message.length).to.be.lessThan(FIELD_LIMIT + 100);
  });

  it('formats a time of day per language, and leaves anything else alone', () => {
    expect(timeIn('en-US', '14:30')).to.equal('2:30 PM');
    expect(timeIn('fr', '14:30')).to.equal('14:30');
    expect(timeIn('en-US', 'soon')).to.equal('soon');
  });
});
