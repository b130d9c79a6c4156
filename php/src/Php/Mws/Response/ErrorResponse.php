<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws\Response;

use PwaPresta\Exception\MwsAuthenticationException;
use PwaPresta\Exception\MwsErrorException;
use PwaPresta\Exception\MwsThrottledException;

/**
 * Turns an MWS ErrorResponse into the exception of its kind. Twin of `check_error_response` and
 * `MwsErrorKind` in the Rust module `mws::response`.
 */
final class ErrorResponse
{
    private const THROTTLED = ['RequestThrottled', 'QuotaExceeded', 'Throttled'];
    private const AUTHENTICATION = ['SignatureDoesNotMatch', 'InvalidAccessKeyId', 'InvalidClientTokenId', 'AccessDenied'];

    /**
     * Throws when $root is an ErrorResponse: the first Error's Type, Code and Message, and the
     * RequestID (errors spell it with a capital D) or RequestId.
     *
     * @throws MwsErrorException
     */
    public static function check(Element $root): void
    {
        if ($root->name !== 'ErrorResponse') {
            return;
        }
        $error = $root->child('Error');
        $context = [
            'type' => $error?->childText('Type') ?? '',
            'code' => $error?->childText('Code') ?? '',
            'message' => $error?->childText('Message') ?? '',
            'request_id' => $root->childText('RequestID')
                ?? $root->childText('RequestId')
                ?? $root->child('ResponseMetadata')?->childText('RequestId')
                ?? '',
        ];
        [$class, $advice] = match (true) {
            in_array($context['code'], self::THROTTLED, true) => [
                MwsThrottledException::class,
                'retry after the throttling interval',
            ],
            in_array($context['code'], self::AUTHENTICATION, true) => [
                MwsAuthenticationException::class,
                'check the access key id, the secret key and the seller id in the module settings',
            ],
            default => [MwsErrorException::class, 'check the request parameters'],
        };
        $message = sprintf(
            'MWS returned error %s (type "%s", request id "%s"): %s; %s',
            $context['code'],
            $context['type'],
            $context['request_id'],
            $context['message'],
            $advice,
        );

        throw new $class($message, $context);
    }
}
