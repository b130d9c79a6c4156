<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws\Response;

/**
 * The first keys of a paged list answer: request_id, next_token and has_next.
 *
 * has_next is HasNext when the answer carries it (Reports and Feeds), otherwise whether a
 * NextToken is present (Orders). Twin of `paged` in the Rust module `mws::response`.
 */
final class Paging
{
    /** @return array{request_id: string|null, next_token: string|null, has_next: bool} */
    public static function start(?string $requestId, Element $result): array
    {
        $nextToken = Fields::text($result, 'NextToken');

        return [
            'request_id' => $requestId,
            'next_token' => $nextToken,
            'has_next' => Fields::boolean($result, 'HasNext') ?? $nextToken !== null,
        ];
    }
}
