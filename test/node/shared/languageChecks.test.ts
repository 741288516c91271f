import { describe, expect, it } from 'vitest'
import { checkText, findBlameWords, findLikelyNames } from '../../../src/shared/domain/languageChecks'

describe('findBlameWords', () => {
  it.each([
    ['The aide was careless with the cart', 'careless'],
    ['Staff failed to lock the cabinet', 'failed to'],
    ['It was his fault', 'his fault'],
    ['Someone should have checked', 'should have'],
    ['A lazy shortcut', 'lazy']
  ])('flags %j', (text, word) => {
    expect(findBlameWords(text).map((w) => w.match.toLowerCase())).toContain(word)
  })

  it('says nothing about text that describes conditions', () => {
    expect(findBlameWords('The cart was overloaded and the ramp has no lip; the bell rang as it tipped.')).toEqual([])
  })

  it('gives the position of each match', () => {
    expect(findBlameWords('Ok. Careless!')).toEqual([{ kind: 'blame', match: 'Careless', index: 4 }])
  })
})

describe('findLikelyNames', () => {
  it('flags titled names and capitalised pairs', () => {
    expect(findLikelyNames('Mr. Smith saw it').map((w) => w.match)).toEqual(['Mr. Smith'])
    expect(findLikelyNames('Coach Lee moved the mats').map((w) => w.match)).toEqual(['Coach Lee'])
    expect(findLikelyNames('the student Jordan Miller slipped').map((w) => w.match)).toEqual(['Jordan Miller'])
  })

  it('does not flag known places, weekdays or sentence starts', () => {
    const places = ['North Gym', 'Room Twelve']
    expect(findLikelyNames('In the North Gym on Tuesday Morning near Room Twelve', places)).toEqual([])
    expect(findLikelyNames('The Science Lab door was propped open')).toEqual([])
    expect(findLikelyNames('a 7th-grade student slipped by the sink')).toEqual([])
  })

  it('reports a titled name once, not again as a pair', () => {
    expect(findLikelyNames('Ms. Garcia Lopez')).toHaveLength(1)
  })
})

describe('checkText', () => {
  it('returns both kinds in reading order', () => {
    expect(checkText('Mrs. Brown said he was careless').map((w) => w.kind)).toEqual(['name', 'blame'])
  })
})
