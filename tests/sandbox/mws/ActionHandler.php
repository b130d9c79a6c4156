<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * Handles the actions of one part of MWS from the scenario state, inside the state lock.
 */
interface ActionHandler
{
    /** @throws MwsError for a missing or invalid parameter */
    public function handle(string $action, MwsRequest $request, Section $section, string $requestId): MwsResponse;
}
