<?php

declare(strict_types=1);

namespace PwaPresta\Module\Mws;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Api;
use PwaPresta\Exception\MwsErrorException;
use PwaPresta\Exception\PwaPrestaException;
use PwaPresta\Module\Support\Clock;
use PwaPresta\Module\Support\Logger;

/**
 * Calls MWS with the configured account: signs each attempt with a fresh Timestamp through
 * PwaPresta\Api, sends it, retries throttling and 5xx responses with back-off, and parses the response.
 *
 * An ErrorResponse raises the engine's MwsThrottledException, MwsAuthenticationException or
 * MwsErrorException; a network failure raises TransportException and is not retried here, because
 * a SubmitFeed that timed out may have reached Amazon. Logs carry the action, the HTTP status and
 * Amazon's request id, never a key or a signature.
 */
final class MwsClient
{
    public function __construct(
        private MwsConfiguration $configuration,
        private MwsTransport $transport,
        private Clock $clock,
        private Sleeper $sleeper,
        private Logger $logger,
        private RetryPolicy $retryPolicy = new RetryPolicy(),
    ) {
    }

    public function configuration(): MwsConfiguration
    {
        return $this->configuration;
    }

    /**
     * Runs $action and returns its parsed response (the shapes of PwaPresta\Api::parseMwsResponse).
     *
     * @param array<string, string|int> $parameters the action's own parameters
     * @param string|null $feedBody the feed for SubmitFeed, sent byte for byte with its Content-MD5
     * @return array<string, mixed>
     */
    public function call(string $action, array $parameters = [], ?string $feedBody = null): array
    {
        $response = $this->send($action, $parameters, $feedBody, null);

        return Api::parseMwsResponse($action, $response['body']);
    }

    /**
     * Runs $action and streams the response body into the file $path (GetReport: reports can be large).
     *
     * @param array<string, string|int> $parameters
     */
    public function download(string $action, array $parameters, string $path): void
    {
        $this->send($action, $parameters, null, $path);
    }

    /**
     * @param array<string, string|int> $parameters
     * @return array{status: int, headers: array<string, string>, body: string}
     */
    private function send(string $action, array $parameters, ?string $feedBody, ?string $sink): array
    {
        $this->configuration->assertComplete();
        $options = $sink === null ? [] : ['sink' => $sink];

        for ($attempt = 1; ; ++$attempt) {
            $request = $this->request($action, $parameters, $feedBody);
            $signed = Api::mwsSignedRequest($request, $this->configuration->secretKey());
            $response = $this->transport->send($signed, $options);
            $status = (int) $response['status'];
            if ($status >= 200 && $status < 300) {
                return $response;
            }

            $body = $sink === null ? (string) $response['body'] : (string) @file_get_contents($sink);
            $requestId = $response['headers']['x-mws-request-id'] ?? 'none';
            if ($this->retryPolicy->isRetryable($status) && $attempt < $this->retryPolicy->maxAttempts) {
                $delay = $this->retryPolicy->delay($attempt, $response['headers']['retry-after'] ?? null);
                $this->logger->warning(sprintf(
                    'MWS %s: HTTP %d (request id %s), retry %d of %d in %d s.',
                    $action,
                    $status,
                    $requestId,
                    $attempt,
                    $this->retryPolicy->maxAttempts - 1,
                    $delay,
                ));
                $this->sleeper->sleep($delay);
                continue;
            }

            $this->throwError($action, $status, $body, $attempt);
        }
    }

    /**
     * @param array<string, string|int> $parameters
     * @return array<string, mixed>
     */
    private function request(string $action, array $parameters, ?string $feedBody): array
    {
        $configuration = $this->configuration;

        return [
            'action' => $action,
            'parameters' => $parameters,
            'access_key_id' => $configuration->accessKeyId,
            'seller_id' => $configuration->sellerId,
            'mws_auth_token' => $configuration->authToken !== '' ? $configuration->authToken : null,
            'region' => MwsConfiguration::REGION,
            'endpoint' => $configuration->endpoint !== '' ? $configuration->endpoint : null,
            'timestamp' => $this->clock->now(),
            'body' => $feedBody,
        ];
    }

    /** @throws MwsErrorException always */
    private function throwError(string $action, int $status, string $body, int $attempts): never
    {
        try {
            Api::parseMwsResponse($action, $body);
        } catch (MwsErrorException $exception) {
            $this->logger->error(sprintf(
                'MWS %s: HTTP %d after %d attempt(s): %s',
                $action,
                $status,
                $attempts,
                $exception->getMessage(),
            ));

            throw $exception;
        } catch (PwaPrestaException $exception) {
            // Not an ErrorResponse (a proxy's HTML page, an empty body): reported below by status.
        }

        $message = sprintf(
            'MWS %s failed with HTTP %d after %d attempt(s) and no ErrorResponse in the response: try again later.',
            $action,
            $status,
            $attempts,
        );
        $this->logger->error($message);

        throw new MwsErrorException($message, ['code' => 'HTTP' . $status, 'type' => '', 'message' => '', 'request_id' => '']);
    }
}
