<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Engine\Engine;
use PwaPresta\Exception\PwaPrestaException;

/**
 * A secret key never appears in an exception's trace, on either engine, even with PHP's default
 * zend.exception_ignore_args=0: every function frame that receives a secret shows it as a
 * SensitiveParameterValue, the native function's own frame included.
 */
final class SecretInTraceTest extends EngineTestCase
{
    private const SECRET = 'traceSecret/Key+0123456789abcdefghijkl';

    private string|false $ignoreArgs = false;

    protected function setUp(): void
    {
        $this->ignoreArgs = ini_set('zend.exception_ignore_args', '0');
    }

    protected function tearDown(): void
    {
        if ($this->ignoreArgs !== false) {
            ini_set('zend.exception_ignore_args', $this->ignoreArgs);
        }
    }

    /** @return array<string, array{\Closure(Engine): mixed}> a failing call per secret-taking method */
    public static function failingCalls(): array
    {
        return [
            'signed request' => [static fn (Engine $engine) => $engine->mwsSignedRequest(['action' => 'Nope'], self::SECRET)],
            'signature' => [static fn (Engine $engine) => $engine->mwsSignature('text', self::SECRET, 'HmacMD5')],
            'notification' => [static fn (Engine $engine) => $engine->verifyNotification(['UUID' => 'u'], self::SECRET, 'AKIA', 0, 900)],
            'cart order input' => [static fn (Engine $engine) => $engine->cartOrderInput('<Order/>', self::SECRET, '')],
        ];
    }

    public function testSecretIsLeftOutOfTraces(): void
    {
        foreach (self::bothEngines() as $engine) {
            foreach (self::failingCalls() as $case => [$call]) {
                $label = $engine->name() . ", $case";
                try {
                    $call($engine);
                    self::fail("$label: no exception");
                } catch (PwaPrestaException $exception) {
                    self::assertStringNotContainsString(self::SECRET, $exception->getTraceAsString(), $label);
                    self::assertStringNotContainsString(self::SECRET, serialize(self::traceArguments($exception)), $label);
                    self::assertStringContainsString('SensitiveParameterValue', $exception->getTraceAsString(), $label);
                }
            }
        }
    }

    /** @return list<mixed> the arguments of every frame, with each object given by its class name */
    private static function traceArguments(\Throwable $exception): array
    {
        $arguments = [];
        foreach ($exception->getTrace() as $frame) {
            foreach ($frame['args'] ?? [] as $argument) {
                $arguments[] = is_object($argument) ? $argument::class : $argument;
            }
        }

        return $arguments;
    }
}
