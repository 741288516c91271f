import { request } from 'node:http'

export interface RawResponse {
  status: number
  contentType: string
  body: string
}

/**
 * A bare HTTP request with full control of the headers (fetch would not let a test forge Host),
 * for checking what the preview server refuses.
 */
export const rawRequest = (
  origin: string,
  path: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<RawResponse> => {
  const { hostname, port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'] ?? '', body: text })
      )
    })
    req.on('error', reject)
    req.end(body)
  })
}
