### Co oznaczają kody błędów Plesk, prostymi słowami (panel i CLI tak samo).

plesk-error-1001 = Plesk odrzucił login i hasło. Sprawdź oba i spróbuj ponownie.
plesk-error-1005 = Plesk nie obsługuje wersji protokołu XML API, o którą prosiło to żądanie.
plesk-error-1006 = W Plesk kluczami API może zarządzać tylko administrator: poproś administratora o klucz albo skorzystaj z portalu z logowaniem.
plesk-error-1011 = Konto Plesk jest wyłączone. Najpierw musi je włączyć administrator.
plesk-error-1012 = Login Plesk jest zablokowany po nieudanych próbach. Odczekaj albo poproś administratora o odblokowanie.
plesk-error-1013 = Plesk nie ma takiego klucza (być może został już usunięty).
plesk-error-1014 = Plesk nie zrozumiał pakietu żądania.
plesk-error-1015 = Plesk nie ma aktywnego resellera ani klienta z takim loginem właściciela.
plesk-error-1017 = Plesk nie obsługuje tutaj tej operacji.
plesk-error-1019 = Plesk odrzucił wartość w żądaniu jako nieprawidłową.
plesk-error-1023 = Plesk nie mógł dokończyć operacji.
plesk-error-1029 = Żądanie nie zawierało danych logowania: połącz się kluczem API albo loginem i hasłem.
plesk-error-11003 = Plesk odrzucił tajny klucz: najprawdopodobniej jest on powiązany z innymi adresami IP niż ten, który widzi Plesk (przez bramkę — adres bramki). Wersje Plesk starsze niż 18.0.33 mówią tak również o kluczu, który nie istnieje.
plesk-error-other = Plesk zgłosił błąd, którego ten panel nie zna.
