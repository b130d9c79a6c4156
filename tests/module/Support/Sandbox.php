<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Support;

use PwaPresta\Tests\Sandbox\DeliveryOptions;
use PwaPresta\Tests\Sandbox\DeliveryResult;
use PwaPresta\Tests\Sandbox\IopnNotification;
use PwaPresta\Tests\Sandbox\IopnSandbox;

/**
 * The IOPN sandbox aimed at the harness' web server, with the sample keys and samples of
 * tests/fixtures/iopn-lifecycle.
 */
final class Sandbox
{
    public const IOPN_PATH = 'index.php?fc=module&module=pwapresta&controller=iopn';

    private IopnSandbox $sandbox;

    public function __construct(string $path = self::IOPN_PATH)
    {
        $this->sandbox = IopnSandbox::withSampleKeys(Environment::shopUrl() . '/' . ltrim($path, '/'));
    }

    public static function sample(string $file): IopnNotification
    {
        return IopnNotification::fromPostFile(Environment::repositoryRoot() . '/tests/fixtures/iopn-lifecycle/' . $file);
    }

    /**
     * @return array<string, mixed> the decoded expected.json of the samples
     */
    public static function expected(): array
    {
        $path = Environment::repositoryRoot() . '/tests/fixtures/iopn-lifecycle/expected.json';

        return json_decode((string) file_get_contents($path), true, 64, JSON_THROW_ON_ERROR);
    }

    /**
     * @return list<DeliveryResult>
     */
    public function deliver(IopnNotification $notification, DeliveryOptions $options = new DeliveryOptions()): array
    {
        return $this->sandbox->deliver($notification, $options);
    }

    /**
     * Delivers a sample once with a fresh UUID and the current time, and returns the response.
     */
    public function deliverSample(string $file, DeliveryOptions $options = new DeliveryOptions()): DeliveryResult
    {
        return $this->sandbox->deliver(self::sample($file), $options)[0];
    }

    public function formBody(IopnNotification $notification, string $uuid, string $timestamp, string $signature = 'valid'): string
    {
        return $this->sandbox->formBody($notification, $uuid, $timestamp, $signature);
    }
}
