<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws;

use PwaPresta\Exception\InvalidFieldException;
use PwaPresta\Exception\MissingFieldException;

/**
 * The 'body' key of a signed request: required by SubmitFeed, rejected elsewhere and with GET.
 */
final class FeedBody
{
    /** Returns the feed body to send, or null for an action without one. */
    public static function check(mixed $body, string $action, string $method): ?string
    {
        if ($body !== null && !is_string($body)) {
            throw Input::wrongType('body', $body, 'the feed as a string');
        }
        $hasBody = $body !== null && $body !== '';
        if ($action !== 'SubmitFeed') {
            if ($hasBody) {
                throw new InvalidFieldException(
                    "invalid MWS request key 'body': only SubmitFeed sends a body; remove it",
                    ['field' => 'body', 'value' => ''],
                );
            }

            return null;
        }
        if (!$hasBody) {
            throw new MissingFieldException(
                "missing MWS request key 'body': SubmitFeed needs the feed document",
                ['field' => 'body'],
            );
        }
        if ($method !== 'POST') {
            throw new InvalidFieldException(
                'invalid HTTP method GET for SubmitFeed: a feed is sent with POST',
                ['field' => 'method', 'value' => $method],
            );
        }

        return $body;
    }
}
