/**
 * Every cue `guessSumRole` reads, one sentence each, with the role and the exact words shown to a
 * maintainer. Each wording of a cue has its own row, so dropping one from its pattern, or loosening
 * a pattern's anchor or spacing, fails a row. Sentences are written for these tests, in the way
 * the register's decisions put things; none is copied from a document.
 */
import { describe, expect, test } from 'vitest';
import { findWrittenSums } from '../../../src/lib/core/find-sums.ts';
import { countEach, findComponentSums, guessSumRole, type RoleGuess } from '../../../src/lib/import/sum-role.ts';

type Row = [sentence: string, asWritten: string, guess: RoleGuess];

const accepted = (cue: string): RoleGuess => ({ role: 'accepted', cue });
const bid = (cue: string): RoleGuess => ({ role: 'bid', cue });
const allocation = (cue: string, count?: number): RoleGuess => (count ? { role: 'allocation', cue, count } : { role: 'allocation', cue });
const match = (cue: string): RoleGuess => ({ role: 'match-funding', cue });
const context = (cue: string): RoleGuess => ({ role: 'context', cue });
const component = (cue: string): RoleGuess => ({ role: 'component', cue });
const futureCap = (cue: string): RoleGuess => ({ role: 'future-cap', cue });
const none: RoleGuess = { role: null, cue: '' };

/** The same guess with its cue's runs of spaces made one, to compare guesses across spacings. */
const spacedOut = (guess: RoleGuess): RoleGuess => ({ ...guess, cue: guess.cue.replace(/\s+/g, ' ') });

const check = (rows: Row[]) =>
  test.each(rows)('%s (%s)', (sentence, asWritten, guess) => {
    expect(guessSumRole(sentence, asWritten, { ownReference: 'PCD 8000' })).toEqual(guess);
    // Text read from a file or a page may put two spaces, or a tab, where one was meant: no role
    // depends on it, and the cue differs only in its spaces.
    for (const spacing of ['  ', ' \t']) {
      const spaced = guessSumRole(sentence.replace(/ /g, spacing), asWritten, { ownReference: 'PCD 8000' });
      expect(spacedOut(spaced), JSON.stringify(spacing)).toEqual(spacedOut(guess));
    }
  });

describe('money taken on: the words before the sum', () => {
  check([
    ['MOPAC will accept £5,000 from the Home Office.', '£5,000', accepted('accept')],
    ['MOPAC accepts £5,000 from the Home Office.', '£5,000', accepted('accepts')],
    ['MOPAC accepted £5,000 last year.', '£5,000', accepted('accepted')],
    ['Accepting £5,000 is approved.', '£5,000', accepted('Accepting')],
    ['The acceptance of £5,000 is approved.', '£5,000', accepted('acceptance')],
    ['MOPAC will draw down £5,000.', '£5,000', accepted('draw down')],
    ['MOPAC is drawing  down £5,000.', '£5,000', accepted('drawing  down')],
    ['Approve receipt of £5,000.', '£5,000', accepted('receipt of')],
    ['Approve receipt  of £5,000.', '£5,000', accepted('receipt  of')],
    ['MOPAC will take up £5,000.', '£5,000', accepted('take up')],
    ['MOPAC will take  up £5,000.', '£5,000', accepted('take  up')],
    ['MOPAC will enter into a grant agreement for £5,000.', '£5,000', accepted('enter into a grant agreement')],
    ['MOPAC enters a new grant agreement of £5,000.', '£5,000', accepted('enters a new grant agreement')],
    ['MOPAC is entering grant  agreement terms for £5,000.', '£5,000', accepted('entering grant  agreement')],
    // "Approve ... grant of" only when those words end just before the sum.
    ['Approve the Home Office grant of £5,000.', '£5,000', accepted('Approve the Home Office grant of')],
    ['Approve grant funding of £5,000.', '£5,000', accepted('Approve grant funding of')],
    ['Approves the funding grant £5,000.', '£5,000', accepted('Approves the funding grant')],
    ['Approve  the  grant  of  £5,000.', '£5,000', accepted('Approve  the  grant  of')],
    ['Approve the grant, a sum for vans of £5,000.', '£5,000', none],
    ['Approve the County Lines Home Office grant of £5,000.', '£5,000', accepted('Approve the County Lines Home Office grant of')],
    ['Approve the new County Lines Home Office grant of £5,000.', '£5,000', none],
    ['Approve the County Lines Home Office funding grant of £5,000.', '£5,000', accepted('Approve the County Lines Home Office funding grant of')],
    // A grant named earlier in the clause is not the sum's.
    ['Approve the grant of money for vans: £5,000.', '£5,000', none],
    // The longer cue that holds a shorter one is the nearer: "bid" here is part of a grant's name.
    ['Approve the bid grant of £5,000.', '£5,000', accepted('Approve the bid grant of')],
    // Negation belongs to match funding alone.
    ['It does not matter; MOPAC accepts £5,000.', '£5,000', accepted('accepts')],
  ]);
});

describe('bids: the words before the sum', () => {
  check([
    ['The bid was for £5,000.', '£5,000', bid('bid')],
    ['MOPAC bids for £5,000.', '£5,000', bid('bids')],
    ['After some bidding, £5,000 was asked for.', '£5,000', bid('bidding')],
    ['MOPAC sought £5,000.', '£5,000', bid('sought')],
  ]);
});

describe('money passed on: the words before the sum', () => {
  check([
    ['The Home Office allocated £5,000.', '£5,000', allocation('allocated')],
    ['Allocations of £5,000 were made.', '£5,000', allocation('Allocations')],
    ['An allocation of £5,000 was made.', '£5,000', allocation('allocation')],
    ['A grant payment of £5,000 goes out.', '£5,000', allocation('grant payment')],
    ['A grant  payment of £5,000 goes out.', '£5,000', allocation('grant  payment')],
    ['Payments of £5,000 follow.', '£5,000', allocation('Payments')],
    ['MOPAC will pay £5,000.', '£5,000', allocation('pay')],
    ['MOPAC pays £5,000.', '£5,000', allocation('pays')],
    ['MOPAC paid £5,000.', '£5,000', allocation('paid')],
    ['MOPAC is paying £5,000.', '£5,000', allocation('paying')],
    ['MOPAC will pass £5,000 on.', '£5,000', allocation('pass')],
    ['MOPAC passes £5,000 on.', '£5,000', allocation('passes')],
    ['MOPAC passed £5,000 on.', '£5,000', allocation('passed')],
    ['MOPAC is passing £5,000 on.', '£5,000', allocation('passing')],
    ['MOPAC will transfer £5,000.', '£5,000', allocation('transfer')],
    ['MOPAC transfers £5,000.', '£5,000', allocation('transfers')],
    ['MOPAC transferred £5,000.', '£5,000', allocation('transferred')],
    ['MOPAC is transferring £5,000.', '£5,000', allocation('transferring')],
    ['Three boroughs were awarded £5,000.', '£5,000', allocation('were awarded')],
    ['The borough was  awarded £5,000.', '£5,000', allocation('was  awarded')],
    ['The borough has been awarded £5,000.', '£5,000', allocation('been awarded')],
    // "awarded" counts only right before the sum.
    ['The borough was awarded a grant for vans of £5,000.', '£5,000', none],
    ['An onward allocation of £5,000 follows.', '£5,000', allocation('onward allocation')],
    ['An onward  allocation of £5,000 follows.', '£5,000', allocation('onward  allocation')],
    ['The sum passported is £5,000.', '£5,000', allocation('passported')],
    ['Passporting £5,000 is agreed.', '£5,000', allocation('Passporting')],
    ['The sum is passport money: £5,000.', '£5,000', allocation('passport')],
    ['MOPAC will distribute £5,000.', '£5,000', allocation('distribute')],
    ['MOPAC distributes £5,000.', '£5,000', allocation('distributes')],
    ['MOPAC distributed £5,000.', '£5,000', allocation('distributed')],
    ['MOPAC is distributing £5,000.', '£5,000', allocation('distributing')],
    ['The distribution of £5,000 is agreed.', '£5,000', allocation('distribution')],
    ['An onward grant of £5,000 is agreed.', '£5,000', allocation('onward grant')],
    ['A sub-grant of £5,000 is agreed.', '£5,000', allocation('sub-grant')],
    ['Subgrants of £5,000 are agreed.', '£5,000', allocation('Subgrants')],
    ['Sub grants of £5,000 are agreed.', '£5,000', allocation('Sub grants')],
  ]);
});

describe('match funding: the words before the sum', () => {
  check([
    ['The match funding is £5,000.', '£5,000', match('match funding')],
    ['The work is match-funded by £5,000.', '£5,000', match('match-funded')],
    ['A matchfund of £5,000 is agreed.', '£5,000', match('matchfund')],
    // None is said to be there: no role.
    ['Without any match funding, MOPAC takes £5,000.', '£5,000', none],
    ['There is no match funding; the sum is £5,000.', '£5,000', none],
    ['It is not match funded: £5,000.', '£5,000', none],
    // A "no" far before the cue says nothing of it.
    ['No vans were bought last year, and the match funding is £5,000.', '£5,000', match('match funding')],
  ]);
});

describe('the cue nearest the sum wins', () => {
  check([
    ['MOPAC accepts the grant and passes £5,000 on.', '£5,000', allocation('passes')],
    ['MOPAC passes the papers on and accepts £5,000.', '£5,000', accepted('accepts')],
    ['The bid was agreed and MOPAC accepts £5,000.', '£5,000', accepted('accepts')],
    ['MOPAC accepts the offer for which it bid £5,000.', '£5,000', bid('bid')],
  ]);
});

describe('sizes of a market or a cost: context, not money for the police', () => {
  check([
    ['It is worth £800m.', '£800m', context('worth')],
    ['It is valued at £800m.', '£800m', context('valued at')],
    ['It is valued  at £800m.', '£800m', context('valued  at')],
    ['Its value at the time: £800m.', '£800m', context('value at the time:')],
    ['The market: £800m.', '£800m', context('market:')],
    ['County lines, an industry of £800m, harm children.', '£800m', context('industry of')],
    ['The illegal trade takes £800m.', '£800m', context('trade takes')],
    ['Its turnover is £800m.', '£800m', context('turnover is')],
    ['The illicit economy: £800m.', '£800m', context('economy:')],
    ['Their profit was £800m.', '£800m', context('profit was')],
    ['Their profits were £800m.', '£800m', context('profits were')],
    ['The harm is estimated to be £800m.', '£800m', context('estimated to be')],
    ['The harm is estimated at £800m.', '£800m', context('estimated at')],
    ['The harm, estimated, is £800m.', '£800m', context('estimated, is')],
    ['The harm is estimated £800m.', '£800m', context('estimated')],
    ['Sales generate £800m.', '£800m', context('generate')],
    ['The lines generates £800m.', '£800m', context('generates')],
    ['Generating £800m, the lines go on.', '£800m', context('Generating')],
    ['A further sum came in, bringing the total to £5,000.', '£5,000', context('bringing the total to')],
    ['The total cost of the work is £5,000.', '£5,000', context('total cost of the work is')],
    ['The full cost was £5,000.', '£5,000', context('full cost was')],
    ['The overall cost totals £5,000.', '£5,000', context('overall cost totals')],
    ['The overall cost, in all, totalling £5,000.', '£5,000', context('overall cost, in all, totalling')],
    ['The total cost is put at £5,000.', '£5,000', context('total cost is put at')],
    // The cost's verb must come right before the sum.
    ['The total cost is met in full by £5,000 of grant.', '£5,000', none],
    ['The full  cost was £5,000.', '£5,000', context('full  cost was')],
    ['The total cost rose, and MOPAC accepts £5,000.', '£5,000', accepted('accepts')],
    // After the sum: the whole country.
    ['Drug lines take £800m UK-wide.', '£800m', context('UK-wide')],
    ['Drug lines take £800m UK wide.', '£800m', context('UK wide')],
    ['Drug lines take £800m UKwide.', '£800m', context('UKwide')],
    ['Drug lines take £800m nationwide.', '£800m', context('nationwide')],
    ['Drug lines take £800m nation-wide.', '£800m', context('nation-wide')],
    ['Drug lines take £800m nationally.', '£800m', context('nationally')],
    ['Drug lines take £800m across the UK.', '£800m', context('across the UK')],
    ['Drug lines take £800m across the country.', '£800m', context('across the country')],
    ['Drug lines take £800m in the UK.', '£800m', context('in the UK')],
    ['Drug lines take £800m a year nationally.', '£800m', context('a year nationally')],
    ['Drug lines take £800m per annum nationally.', '£800m', context('per annum nationally')],
    ['Drug lines take £800m each year  nationally.', '£800m', context('each year  nationally')],
    ['Drug lines take £800m, and more, nationally.', '£800m', none],
    // A pound sign that is no sum ends what the market words reach.
    ['The market in £ coins is small; MOPAC accepts £5,000.', '£5,000', accepted('accepts')],
    ['Bringing it to the board, MOPAC accepts £5,000.', '£5,000', accepted('accepts')],
    ['The full cost, in total £5,000.', '£5,000', context('full cost, in total')],
    ['A grant worth noting, for vans: £5,000.', '£5,000', context('worth noting, for vans:')],
    // A grant's value is not a market's size.
    ['The award worth £5,000 is agreed.', '£5,000', none],
    ['A grant to the outer boroughs worth £5,000 is agreed.', '£5,000', none],
    ['A grant to the three outer boroughs worth £5,000 is agreed.', '£5,000', context('worth')],
    ['The offer to the council’s team worth £5,000 is agreed.', '£5,000', none],
    ['The offer’s value, worth £5,000, is agreed.', '£5,000', context('worth')],
  ]);
});

describe('a share of a larger sum beside it', () => {
  check([
    ['The grant is £4.7m, including £950,000 for vehicles.', '£950,000', component('of which (£4.7m)')],
    ['The grant is £4.7m, of which up to £950,000 is for vehicles.', '£950,000', component('of which (£4.7m)')],
    ['The grant is £4.7m of which £950,000 is for vehicles.', '£950,000', component('of which (£4.7m)')],
    ['The grant is £4.7m,  of which  £950,000 is for vehicles.', '£950,000', component('of which (£4.7m)')],
    // Not a share: larger than the sum before it, or not right after it.
    ['The grant is £4.7m, of which £5m is for vehicles.', '£5m', none],
    ['The grant is £4.7m, and of which £950,000 is for vehicles.', '£950,000', none],
    ['Spend £825,000 from the total £6.6m.', '£825,000', component('of the £6.6m')],
    ['Spend £825,000 out of this £6.6m.', '£825,000', component('of the £6.6m')],
    ['Spend £825,000 within that overall £6.6m.', '£825,000', component('of the £6.6m')],
    ['Spend £825,000 of  the  £6.6m.', '£825,000', component('of the £6.6m')],
    ['Spend £9m of the £6.6m.', '£9m', none],
    ['Spend £825,000 of the new £6.6m.', '£825,000', none],
    ['The grant is £4.7m, of which £4,700,000 is for vehicles.', '£4,700,000', none],
    ['Spend £6.6m of the £6.6m.', '£6.6m', none],
    ['The grant is £4.7m, including vans at £950,000.', '£950,000', none],
    ['At £825,000, the cost is more than half of the £1.5m.', '£825,000', none],
    ['The £950,000 is on top of the grant.', '£950,000', none],
    ['The use of £950,000 of the grant buys vans.', '£950,000', component('of the grant')],
    ['The use of £950,000 of this OCS grant buys vans.', '£950,000', component('of this OCS grant')],
    ['The use of £950,000 of  the  grant buys vans.', '£950,000', component('of  the  grant')],
    ['The use of £950,000 of the new Home Office revenue grant buys vans.', '£950,000', none],
  ]);
});

describe('another decision’s grant', () => {
  check([
    ['Under PCD 990, £5,000 was spent.', '£5,000', { role: 'other-decision-grant', cue: 'PCD 990', decision: 'PCD 990' }],
    ['Under PCD 8000, £5,000 was spent.', '£5,000', none],
    ['Under PCD 8000, £5,000 was spent (PCD 726).', '£5,000', { role: 'other-decision-grant', cue: 'PCD 726', decision: 'PCD 726' }],
  ]);
});

describe('caps on later years', () => {
  check([
    ['MOPAC may take up to £2m in future years.', '£2m', futureCap('future offers')],
    ['MOPAC may take upto £2m in future years.', '£2m', futureCap('future offers')],
    ['MOPAC may take up to £2m a year until 2027.', '£2m', futureCap('up to £2m a year')],
    ['MOPAC may take up to £2m annually until 2027.', '£2m', futureCap('up to £2m annually')],
    ['MOPAC agrees in principle to take up to £2m.', '£2m', futureCap('agreement in principle')],
    ['Future offers from the Home Office may reach £3m.', '£3m', futureCap('future offers')],
    ['A future offer may reach £3m.', '£3m', futureCap('future offers')],
    // "Up to £N a year" with no end and no future: money taken for the years this decision covers.
    ['MOPAC takes up to £13m per year.', '£13m', accepted('up to £13m per year')],
    ['MOPAC takes up to £13m per annum.', '£13m', accepted('up to £13m per annum')],
    ['MOPAC takes up to £13m a year.', '£13m', accepted('up to £13m a year')],
    ['MOPAC takes up to £13m each year.', '£13m', accepted('up to £13m each year')],
    ['MOPAC takes up to £13m per financial year.', '£13m', accepted('up to £13m per financial year')],
    ['MOPAC takes up to £13m, per year.', '£13m', none],
    ['MOPAC takes £13m per year until 2027.', '£13m', none],
    ['Up to now, the future grant is £5,000.', '£5,000', none],
  ]);
});

describe('money paid to others', () => {
  check([
    ['£20,000 to LB Enfield for outreach.', '£20,000', allocation('to LB')],
    ['£20,000 is paid to Enfield for outreach.', '£20,000', allocation('is paid to Enfield')],
    ['£20,000 will be given to the Council for outreach.', '£20,000', allocation('will be given to the Council')],
    ['£20,000 to be granted to each of the Boroughs.', '£20,000', allocation('to be granted to each of the Boroughs')],
    ['£20,000  to  Enfield for outreach.', '£20,000', allocation('to  Enfield')],
    ['£20,000 to the office for outreach.', '£20,000', none],
    // Money sent to the police themselves is not passed on.
    ['£20,000 to MOPAC for outreach.', '£20,000', none],
    ['£20,000 to the MPS for outreach.', '£20,000', none],
    ['£20,000 to Metropolitan Police teams.', '£20,000', none],
    ['£20,000 to Enfield and the Commissioner.', '£20,000', none],
    ['£20,000 to Enfield Council for youth work in the east of the borough, with the MPS.', '£20,000', allocation('to Enfield')],
    // A grant MOPAC approves to a body is a payment out; one it accepts, draws down, receives,
    // takes up or enters into stays accepted.
    ['Approve a grant of £20,000 to LB Enfield.', '£20,000', allocation('to LB')],
    ['MOPAC accepts £20,000 to LB Enfield’s benefit.', '£20,000', accepted('accepts')],
    ['Approve receipt of £20,000 to Enfield’s benefit.', '£20,000', accepted('receipt of')],
    ['MOPAC will draw down £20,000 to Enfield’s benefit.', '£20,000', accepted('draw down')],
    ['MOPAC will take up £20,000 to Enfield’s benefit.', '£20,000', accepted('take up')],
    ['MOPAC will enter into a grant agreement for £20,000 to Enfield’s benefit.', '£20,000', accepted('enter into a grant agreement')],
    // "each", with the bodies counted.
    ['Grants of £30,000 each to Enfield, Haringey and Brent.', '£30,000', allocation('each to Enfield', 3)],
    ['Three boroughs get £30,000 each to spend.', '£30,000', { role: null, cue: '' }],
    // "each" counts only right after the sum.
    ['MOPAC passes £5,000 to the three boroughs, each of which bid.', '£5,000', allocation('passes')],
    // Nor is money that does not go somewhere paid there.
    ['£20,000 is kept, and none of it goes to Enfield.', '£20,000', none],
  ]);
});

describe('the words after the sum', () => {
  check([
    ['The Home Secretary announced £20m for the lines.', '£20m', allocation('announced')],
    ['The Home Secretary announces a further £20m.', '£20m', allocation('announces a further')],
    ['It follows the announcement of £40m.', '£40m', allocation('announcement of')],
    ['Ministers announce £40m.', '£40m', allocation('announce')],
    ['The £120,000 London allocation is for training.', '£120,000', allocation('London allocation')],
    ['The £120,000 annual London allocation is for training.', '£120,000', allocation('annual London allocation')],
    ['The £120,000 first annual London allocation is for training.', '£120,000', none],
    ['Three boroughs get £5,000 each allocation round.', '£5,000', allocation('each allocation', 3)],
    ['The £50,000 of matchfunding is agreed.', '£50,000', match('of matchfunding')],
    ['The £50,000 of match-funded posts is agreed.', '£50,000', match('of match-funded')],
    ['The £50,000 of other match funding is agreed.', '£50,000', none],
    ['MOPAC asks for £5,000 in the bid.', '£5,000', bid('bid')],
    ['MOPAC asks for £5,000 in its bid.', '£5,000', bid('bid')],
    ['MOPAC asks for £5,000. That is the bid.', '£5,000', none],
    ['MOPAC asks for £5,000 as well as for a great many other things, listed below, in the bid.', '£5,000', none],
    ['MOPAC asks for £5,000 in the bidding round.', '£5,000', none],
  ]);
});

describe('guessSumRole: which sum', () => {
  const sentence = 'The acceptance of £1m is in addition to a bid for £1m.';
  test('the sum at a given place among the sentence’s sums', () => {
    const sums = findWrittenSums(sentence);
    expect(guessSumRole(sentence, '£1m', { sums, index: 1 })).toEqual(bid('bid'));
    expect(guessSumRole(sentence, '£1m', { sums, index: 0 })).toEqual(accepted('acceptance'));
  });
  test('the occurrence counts only the sums written alike, and each reads its own clause', () => {
    const other = 'MOPAC accepts £2m and £1m, and bids for £1m.';
    expect(guessSumRole(other, '£1m', { occurrence: 1 })).toEqual(bid('bids'));
    // "accepts" is in the clause of £2m, not of the first £1m.
    expect(guessSumRole(other, '£1m')).toEqual(none);
    expect(guessSumRole(other, '£2m')).toEqual(accepted('accepts'));
  });
  test('a place past the last sum falls back to looking the sum up', () => {
    expect(guessSumRole(sentence, '£1m', { sums: findWrittenSums(sentence), index: 5, occurrence: 1 })).toEqual(bid('bid'));
  });
});

describe('countEach', () => {
  test.each([
    ['', ' each to Enfield, Haringey and Brent.', 3],
    ['', ' each to Enfield & Brent.', 2],
    ['', ' each to each of Enfield, Brent and Barnet.', 3],
    ['', ' each for Enfield and Brent.', 2],
    ['', ' each to the boroughs of Enfield, Brent and Barnet.', 3],
    ['', ' each to Enfield, Brent, and Barnet.', 3],
    ['', ' each to Enfield.', null],
    ['', ' each to other partners.', null],
    ['', ' each to schools and colleges.', null],
    ['', ' goes each to Enfield and Brent.', null],
    ['', ' each go to Enfield and Brent.', null],
    ['Two boroughs get ', ' each.', 2],
    ['Three boroughs get ', ' each.', 3],
    ['Four forces get ', ' each.', 4],
    ['Five charities get ', ' each.', 5],
    ['Six councils get ', ' each.', 6],
    ['Seven providers get ', ' each.', 7],
    ['Eight projects get ', ' each.', 8],
    ['Nine teams get ', ' each.', 9],
    ['Ten agencies get ', ' each.', 10],
    ['Twelve areas get ', ' each.', 12],
    ['12 boroughs get ', ' each.', 12],
    ['Three London boroughs get ', ' each.', 3],
    ['Three outer London boroughs get ', ' each.', 3],
    ['Three of the outer London boroughs get ', ' each.', null],
    ['Three  boroughs get ', ' each.', 3],
    // One is not "each" of several; the names after it count instead.
    ['Round 1 grants of ', ' each to Enfield and Brent.', 2],
    ['Round 1 grants of ', ' each go to Enfield and Brent.', null],
  ])('%j … %j: %s', (before, after, count) => {
    expect(countEach(before, after)).toBe(count);
    for (const spacing of ['  ', ' \t']) expect(countEach(before.replace(/ /g, spacing), after.replace(/ /g, spacing))).toBe(count);
  });
});

describe('findComponentSums', () => {
  test('a total before its shares', () => {
    expect([...findComponentSums([300, 100, 200], [true, true, true])].sort()).toEqual([1, 2]);
  });
  test('one sum equal to its neighbour is not a share of it', () => {
    expect([...findComponentSums([100, 100], [true, true])]).toEqual([]);
  });
  test('a run that holds the total itself is not its shares', () => {
    expect([...findComponentSums([100, 0, 100], [true, true, true])]).toEqual([]);
  });
  test('at most ten shares are added up', () => {
    const ten = Array.from({ length: 10 }, () => 1);
    expect(findComponentSums([...ten, 10], ten.map(() => true).concat(true)).size).toBe(10);
    const eleven = Array.from({ length: 11 }, () => 1);
    expect(findComponentSums([...eleven, 11], eleven.map(() => true).concat(true)).size).toBe(0);
  });
  test('a sum with a role of its own ends the run, and may still be the total', () => {
    expect([...findComponentSums([100, 200, 300, 600], [true, true, false, true])]).toEqual([0, 1]);
  });
});
