### Co oznaczają kody błędów Plesk, prostymi słowami (w panelu i w CLI tak samo).

plesk-error-1001 = Plesk odrzucił login i hasło. Należy sprawdzić oba i spróbować ponownie.
plesk-error-1005 = Plesk nie obsługuje wersji protokołu XML API wskazanej w tym żądaniu.
plesk-error-1006 = W Plesk kluczami API może zarządzać tylko administrator: o klucz należy poprosić administratora albo skorzystać z portalu po zalogowaniu się.
plesk-error-1011 = Konto Plesk jest wyłączone. Najpierw musi je włączyć administrator.
plesk-error-1012 = Login Plesk został zablokowany po nieudanych próbach. Należy odczekać albo poprosić administratora o odblokowanie.
plesk-error-1013 = Plesk nie ma takiego klucza (być może został już usunięty).
plesk-error-1014 = Plesk nie zrozumiał pakietu żądania.
plesk-error-1015 = W Plesk nie ma aktywnego odsprzedawcy ani klienta z takim loginem właściciela.
plesk-error-1017 = Plesk nie obsługuje tu tej operacji.
plesk-error-1019 = Plesk odrzucił wartość w żądaniu jako nieprawidłową.
plesk-error-1023 = Plesk nie mógł ukończyć operacji.
plesk-error-1029 = Żądanie nie zawierało danych logowania: należy połączyć się za pomocą klucza API albo loginu i hasła.
plesk-error-11003 = Plesk odrzucił tajny klucz: najprawdopodobniej jest on powiązany z innymi adresami IP niż ten, który widzi Plesk (w przypadku bramy — adres bramy). Wersje Plesk starsze niż 18.0.33 zgłaszają to również dla klucza, który nie istnieje.
plesk-error-other = Plesk zgłosił błąd, którego ten panel nie zna.
