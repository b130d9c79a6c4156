<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * MWS answered with an ErrorResponse. Context: type, code, message, request_id (Amazon spells it RequestID in errors).
 */
class MwsErrorException extends \RuntimeException implements PwaPrestaException
{
    use ContextTrait;
}
