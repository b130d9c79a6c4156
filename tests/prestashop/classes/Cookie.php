<?php
/**
 * PrestaShop's Cookie, kept as plain JSON in one browser cookie (the double does not encrypt
 * it). Properties read as missing return false, like PrestaShop's.
 */
class Cookie
{
    private $name;
    private $content = [];

    public function __construct($name, $path = '', $expire = null, $shared_urls = null, $standalone = false, $secure = false)
    {
        $this->name = $name;
        if (isset($_COOKIE[$name])) {
            $decoded = json_decode((string) $_COOKIE[$name], true);
            $this->content = is_array($decoded) ? $decoded : [];
        }
    }

    public function __get($key)
    {
        return $this->content[$key] ?? false;
    }

    public function __set($key, $value)
    {
        $this->content[$key] = $value;
    }

    public function __isset($key)
    {
        return isset($this->content[$key]);
    }

    public function __unset($key)
    {
        unset($this->content[$key]);
    }

    public function write()
    {
        if (PHP_SAPI !== 'cli' && !headers_sent()) {
            setcookie($this->name, json_encode($this->content), ['path' => '/', 'httponly' => true]);
        }
    }

    public function logout()
    {
        $this->content = [];
        $this->write();
    }

    public function getAll()
    {
        return $this->content;
    }
}
