<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * Serves one MWS request: authentication, throttling, the action's handler, and a line in the
 * request log, all under the state lock.
 */
final class Server
{
    public function __construct(private readonly StateStore $state)
    {
    }

    /** @return array{0: MwsResponse, 1: string} the response and its request id */
    public function serve(MwsRequest $request): array
    {
        $requestId = self::newRequestId();
        $response = $this->state->transaction(function (StateStore $state) use ($request, $requestId): MwsResponse {
            $now = microtime(true);
            $authenticator = new Authenticator($state->read('sellers'));
            try {
                $section = $authenticator->authenticate($request, (int) $now);
                $action = $request->parameters['Action'];
                (new Throttle($state))->check($action, $now);
                $response = $this->handler($action, (int) $now)->handle($action, $request, $section, $requestId);
                $this->log($request, $authenticator, $response->status, 'OK', $requestId);

                return $response;
            } catch (MwsError $error) {
                $this->log($request, $authenticator, $error->status, $error->errorCode, $requestId);

                return ErrorEnvelope::response($error, Section::namespaceOfPath($request->path), $requestId);
            }
        });

        return [$response, $requestId];
    }

    private function handler(string $action, int $now): ActionHandler
    {
        return match ($action) {
            'ListOrders', 'ListOrdersByNextToken', 'ListOrderItems', 'ListOrderItemsByNextToken' =>
                new OrdersHandler($this->state, $now),
            'SubmitFeed', 'GetFeedSubmissionList', 'GetFeedSubmissionListByNextToken', 'GetFeedSubmissionResult' =>
                new FeedsHandler($this->state, $now),
            'ManageReportSchedule', 'RequestReport', 'GetReportRequestList', 'GetReportRequestListByNextToken' =>
                new ReportRequestsHandler($this->state, $now),
            default => new ReportsHandler($this->state, $now),
        };
    }

    /**
     * Appends the request and the verdict to the log: the parameters without Signature, the
     * verdict on the signature, and the outcome (OK or the error code). The string to sign is
     * kept when the signature did not match, to show what the sandbox signed.
     */
    private function log(
        MwsRequest $request,
        Authenticator $authenticator,
        int $status,
        string $outcome,
        string $requestId,
    ): void {
        $this->state->appendLog([
            'time' => gmdate('Y-m-d\TH:i:s\Z'),
            'request_id' => $requestId,
            'method' => $request->method,
            'path' => $request->path,
            'action' => $request->parameters['Action'] ?? null,
            'parameters' => $request->loggableParameters(),
            'body_bytes' => strlen($request->body),
            'signature' => $authenticator->signatureVerdict,
            'status' => $status,
            'outcome' => $outcome,
            'string_to_sign' => $authenticator->signatureVerdict === 'invalid' ? $authenticator->stringToSign : null,
        ]);
    }

    private static function newRequestId(): string
    {
        $hex = bin2hex(random_bytes(16));
        $hex[12] = '4';
        $hex[16] = dechex(8 + (hexdec($hex[16]) & 3));

        return implode('-', [
            substr($hex, 0, 8),
            substr($hex, 8, 4),
            substr($hex, 12, 4),
            substr($hex, 16, 4),
            substr($hex, 20),
        ]);
    }
}
