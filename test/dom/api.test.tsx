import { describe, expect, it } from 'vitest'
import { callApi } from '../../src/renderer/src/api/client'
import { toFormErrors } from '../../src/renderer/src/api/formErrors'
import { createFakeApi } from './fakeApi'

describe('api client', () => {
  it('passes results through unchanged', async () => {
    window.api = createFakeApi({ settings: { schoolName: 'Lincoln' } }).api
    const result = await callApi('settings:get', undefined)
    expect(result).toMatchObject({ ok: true, data: { schoolName: 'Lincoln' } })
  })

  it('turns a rejected call into OFFLINE instead of throwing', async () => {
    const fake = createFakeApi()
    fake.api['settings:get'] = () => Promise.reject(new Error('main process gone'))
    window.api = fake.api
    expect(await callApi('settings:get', undefined)).toEqual({
      ok: false,
      error: { code: 'OFFLINE', message: 'main process gone' }
    })
  })

  it('reports OFFLINE when there is no bridge at all', async () => {
    const result = await callApi('app:info', undefined)
    expect(result.ok ? null : result.error.code).toBe('OFFLINE')
  })
})

describe('toFormErrors', () => {
  it('maps the code to a summary and keeps the first message per field', () => {
    const errors = toFormErrors({
      code: 'INVALID_INPUT',
      message: 'bad',
      details: [
        { path: 'name', messageKey: 'validation.required' },
        { path: 'name', messageKey: 'validation.tooLong' },
        { path: 'branch', messageKey: 'validation.branchRequired' },
        { path: '', messageKey: 'validation.invalid' }
      ]
    })
    expect(errors).toEqual({
      formMessage: 'errors.INVALID_INPUT',
      fieldErrors: { name: 'validation.required', branch: 'validation.branchRequired' }
    })
  })

  it('puts a duplicate reported as CONFLICT on the name field', () => {
    const errors = toFormErrors({
      code: 'CONFLICT',
      message: 'dup',
      details: [{ path: 'name', messageKey: 'validation.duplicate' }]
    })
    expect(errors.fieldErrors).toEqual({ name: 'validation.duplicate' })
    expect(errors.formMessage).toBe('errors.CONFLICT')
  })
})
